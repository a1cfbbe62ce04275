/** The user journeys, in order; they share one browser context (a later journey may build on an earlier one). */
import { readFileSync } from 'node:fs';
import { apiLogin } from './lib.mjs';

const PASSWORD = 'Semarang#2026';
const rand = (n) => Math.floor(Math.random() * n);
const pad = (v, n) => String(v).padStart(n, '0');

/** Rows for an employee import file: `count` valid new employees (NIPs agree with birth date and gender). */
function newEmployees(count, tag) {
  return Array.from({ length: count }, (_, i) => {
    const y = 1985 + rand(14);
    const m = 1 + rand(12);
    const d = 1 + rand(28);
    const g = i % 2 ? 'P' : 'L';
    const nip = `${y}${pad(m, 2)}${pad(d, 2)}202001${g === 'L' ? 1 : 2}${pad(100 + rand(900), 3)}`;
    return { nip, name: `Uji ${tag} ${i + 1}`, g, birth: `${y}-${pad(m, 2)}-${pad(d, 2)}` };
  });
}
const HEADER = 'nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_pengangkatan,pendidikan,aktif';
const csvLine = (e) => [e.nip, e.name, e.g, e.birth, 'pns', 'III/a', 'DINKES', '', '2020-01-01', 'S1 Kesehatan Masyarakat', 'ya'].join(',');

/** `E2E_JOURNEYS=citizen,board` runs only the journeys whose names contain one of the words (for working on a few). */
const only = (process.env.E2E_JOURNEYS ?? '')
  .split(',')
  .map((x) => x.trim().toLowerCase())
  .filter(Boolean);

export function journeys(ctx) {
  const all = allJourneys(ctx);
  return only.length ? all.filter(([name]) => only.some((w) => name.toLowerCase().includes(w))) : all;
}

function allJourneys(ctx) {
  const { page, base, apiOrigin, visit, expect } = ctx;
  const tag = `E2E${Date.now().toString(36).toUpperCase()}`;
  const people = newEmployees(3, tag);
  const state = {};

  async function signIn(username) {
    await page.evaluate(() => localStorage.removeItem('asn.refreshToken'));
    await page.goto(`${base}/masuk`);
    await page.waitForSelector('[data-testid=sign-in-form]');
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('[data-testid=sign-in-submit]');
    await page.waitForSelector('[data-testid=home]');
  }
  async function waitCount(n) {
    await page.waitForFunction((want) => Number((document.querySelector('[data-testid=employee-count] strong')?.textContent ?? '').replace(/\D/g, '')) === want, n, {
      timeout: 15000,
    });
  }

  return [
    [
      'operator signs in and sees the dashboard of their unit',
      async () => {
        await page.goto(`${base}/data-induk/pegawai`);
        await page.waitForSelector('[data-testid=sign-in-form]');
        expect(page.url().includes('/masuk?redirect='), 'a stranger is sent to sign in');
        await visit('sign-in');
        await page.fill('#username', 'operator.dinkes');
        await page.fill('#password', 'wrong password');
        await page.click('[data-testid=sign-in-submit]');
        await page.waitForSelector('[data-testid=sign-in-error]');
        expect((await page.textContent('[data-testid=sign-in-error]')).includes('Nama pengguna atau kata sandi salah'), 'wrong password gets a human message');
        await page.fill('#password', PASSWORD);
        await page.click('[data-testid=sign-in-submit]');
        await page.waitForSelector('[data-testid=employees]');
        expect(page.url().endsWith('/data-induk/pegawai'), 'returns to the page asked for');
        await page.click('[data-testid=nav-home]');
        await page.waitForSelector('[data-testid=home-stats]');
        await page.waitForSelector('.echart svg');
        expect((await page.textContent('[data-testid=home]')).includes('Dinas Kesehatan'), 'dashboard names the unit');
        await visit('home-operator');
      },
    ],
    [
      'operator sees only their unit subtree',
      async () => {
        const op = await apiLogin(apiOrigin, 'operator.dinkes');
        const admin = await apiLogin(apiOrigin, 'admin');
        state.op = op;
        state.admin = admin;
        await page.click('[data-testid=nav-master-data]');
        await page.waitForSelector('[data-testid=unit-tree] [role=treeitem]');
        const roots = await page.$$eval('[data-testid=unit-tree] [role=treeitem][aria-level="1"]', (els) => els.map((e) => e.getAttribute('aria-label')));
        expect(roots.length === 1 && roots[0] === 'Dinas Kesehatan', `one root, Dinas Kesehatan (got ${roots.join(', ')})`);
        await page.fill('[data-testid=unit-search]', 'Pendidikan');
        await page.waitForSelector('[data-testid=unit-tree] .none');
        await page.fill('[data-testid=unit-search]', 'Poncol');
        await page.waitForSelector('[data-testid=unit-tree] [aria-label="Puskesmas Poncol"]');
        await page.fill('[data-testid=unit-search]', '');
        const mine = (await op('/employees?pageSize=1')).total;
        const city = (await admin('/employees?pageSize=1')).total;
        await waitCount(mine);
        expect(mine > 0 && mine < city, `operator list (${mine}) is a part of the city (${city})`);
        await visit('employees-operator');
        // picking a unit in the tree scopes the list
        await page.waitForSelector('[data-testid=unit-tree] [aria-label="Puskesmas Poncol"]');
        await page.click('[data-testid=unit-tree] [aria-label="Puskesmas Poncol"] .p-tree-node-content');
        await page.waitForFunction(() => document.querySelector('[data-testid=scope]')?.textContent?.includes('Puskesmas Poncol'));
        const poncol = (await op('/org-units?q=Poncol&pageSize=5')).items.find((u) => u.name === 'Puskesmas Poncol');
        await waitCount((await op(`/employees?pageSize=1&unitId=${poncol.id}`)).total);
        await visit('employees-unit-scoped');
        await page.click('[data-testid=unit-clear]');
        await waitCount(mine);
      },
    ],
    [
      'operator searches an employee by NIP and opens the detail',
      async () => {
        const { items } = await state.op('/employees?pageSize=1&sortBy=nip&sortOrder=desc');
        const nip = items[0].nip;
        await page.fill('[data-testid=employee-search]', nip);
        await waitCount(1);
        expect((await page.textContent('[data-testid=employee-table] tbody')).includes(nip), 'the row shows the NIP');
        // an employee outside the subtree is not found
        const other = (await state.admin('/employees?pageSize=1&q=SD%20Negeri')).items[0] ?? (await state.admin('/employees?pageSize=1&sortBy=nip&sortOrder=asc')).items[0];
        if (other && !(await state.op(`/employees?pageSize=1&q=${other.nip}`)).total) {
          await page.fill('[data-testid=employee-search]', other.nip);
          await waitCount(0);
          await page.waitForSelector('[data-testid=employee-table] .empty');
        }
        await page.fill('[data-testid=employee-search]', nip);
        await waitCount(1);
        await page.click(`[data-testid=employee-table] tbody a.row-link`);
        await page.waitForSelector('[data-testid=nip-breakdown] .segments');
        const detail = await page.textContent('[data-testid=employee-detail]');
        expect(detail.includes(nip.slice(0, 8)) && detail.includes('Bulan pengangkatan'), 'NIP breakdown is shown');
        expect((await page.textContent('[data-testid=retirement]')).match(/\d{4}/), 'retirement date is shown');
        await visit('employee-detail');
      },
    ],
    [
      'operator imports a file with one bad row: the row error is shown and nothing is written',
      async () => {
        state.before = (await state.op('/employees?pageSize=1')).total;
        await page.click('[data-testid=nav-import]');
        await page.waitForSelector('[data-testid=import]');
        await visit('import');
        const bad = [HEADER, csvLine(people[0]), csvLine(people[1]), csvLine({ ...people[2], nip: '19930412' })].join('\n');
        await page.setInputFiles('[data-testid=import-file]', { name: 'pegawai-salah.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
        await page.click('[data-testid=import-check]');
        await page.waitForSelector('[data-testid=import-has-errors]');
        const table = await page.textContent('[data-testid=import-errors]');
        expect(table.includes('19930412') && table.includes('nip') && table.includes('NIP harus 18 digit'), 'the bad cell is listed with a human reason');
        expect((await page.$('[data-testid=import-commit]')) === null, 'saving is not offered while rows are bad');
        await visit('import-dry-run-errors');
        const after = (await state.op('/employees?pageSize=1')).total;
        expect(after === state.before, `nothing written (${state.before} → ${after})`);
      },
    ],
    [
      'operator fixes the file and imports it',
      async () => {
        const good = [HEADER, ...people.map(csvLine)].join('\n');
        await page.setInputFiles('[data-testid=import-file]', { name: 'pegawai-benar.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
        await page.click('[data-testid=import-check]');
        await page.waitForSelector('[data-testid=import-all-valid]');
        await page.click('[data-testid=import-commit]');
        await page.waitForSelector('[data-testid=import-done]');
        await visit('import-done');
        const after = (await state.op('/employees?pageSize=1')).total;
        expect(after === state.before + 3, `three employees added (${state.before} → ${after})`);
      },
    ],
    [
      'operator exports exactly the filtered list (CSV and XLSX)',
      async () => {
        await page.click('[data-testid=nav-employees]');
        await page.waitForSelector('[data-testid=employee-search]');
        await page.fill('[data-testid=employee-search]', `Uji ${tag}`);
        await waitCount(3);
        await visit('employees-filtered');
        const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
        expect(csv.suggestedFilename().endsWith('.csv'), `CSV file name (${csv.suggestedFilename()})`);
        const text = readFileSync(await csv.path(), 'utf8');
        const lines = text.trim().split(/\r?\n/);
        expect(lines.length === 4 && people.every((p) => text.includes(p.nip)), `CSV holds the 3 filtered rows (${lines.length - 1})`);
        const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
        expect(xlsx.suggestedFilename().endsWith('.xlsx'), 'XLSX downloaded');
        expect(
          readFileSync(await xlsx.path())
            .subarray(0, 2)
            .toString() === 'PK',
          'XLSX is a zip workbook',
        );
      },
    ],
    [
      'operator sees the modules of their role; the others are closed',
      async () => {
        const nav = await page.$$eval('nav.app-nav [data-testid^=nav-]', (els) => els.map((e) => e.getAttribute('data-testid')));
        // operators verify their subtree's applicants (recruitment), but administer nothing
        expect(nav.includes('nav-needs') && nav.includes('nav-recruitment') && !nav.includes('nav-admin'), `nav for operator: ${nav.join(' ')}`);
        await page.click('[data-testid=nav-needs]');
        await page.waitForSelector('[data-testid=needs-stats]');
        await visit('needs-dashboard-operator');
        await page.goto(`${base}/administrasi/pengguna`);
        await page.waitForSelector('text=Anda tidak memiliki akses');
        await visit('forbidden');
      },
    ],
    [
      'the session survives a reload, and signing out ends it',
      async () => {
        await page.goto(`${base}/data-induk/jabatan`);
        await page.waitForSelector('[data-testid=positions] tbody tr');
        await page.reload();
        await page.waitForSelector('[data-testid=positions] tbody tr');
        await visit('positions');
        await page.click('[data-testid=user-menu]');
        await page.click('text=Keluar');
        await page.waitForSelector('[data-testid=session-notice]');
        expect(!(await page.evaluate(() => localStorage.getItem('asn.refreshToken'))), 'refresh token removed');
        await page.goto(`${base}/data-induk/pegawai`);
        await page.waitForSelector('[data-testid=sign-in-form]');
      },
    ],
    [
      'admin creates an API key and sees the secret once',
      async () => {
        await signIn('admin');
        await page.waitForSelector('[data-testid=home-stats]');
        await visit('home-admin');
        await page.click('[data-testid=nav-admin]');
        await page.waitForSelector('[data-testid=users] tbody tr');
        await visit('users');
        await page.click('[data-testid=user-add]');
        await page.waitForSelector('[data-testid=user-dialog]');
        await page.fill('#user-username', 'admin');
        await page.fill('#user-name', 'Admin Ganda');
        await page.fill('#user-password', 'pendek');
        await page.waitForSelector('[data-field-error=user-password]');
        await visit('user-form-validation');
        await page.keyboard.press('Escape');
        await page.click('[data-testid=nav-api-keys]');
        await page.waitForSelector('[data-testid=api-keys]');
        await page.click('[data-testid=api-key-add]');
        await page.fill('[data-testid=api-key-name]', `SIMPEG ${tag}`);
        await page.click('[data-testid=api-key-create]');
        await page.waitForSelector('#api-key-secret');
        const secret = await page.inputValue('#api-key-secret');
        expect(secret.length >= 20, 'a secret is shown');
        await page.click('[data-testid=copy-secret]');
        await page.waitForSelector('[data-testid=copy-secret] >> text=Tersalin');
        await visit('api-key-secret');
        await page.click('[data-testid=api-key-secret-done]');
        await page.waitForSelector('#api-key-secret', { state: 'detached' });
        await page.waitForSelector(`[data-testid=api-key-table] >> text=SIMPEG ${tag}`);
        expect(!(await page.content()).includes(secret), 'the secret is not shown again');
        await visit('api-keys');
        const r = await fetch(`${apiOrigin}/api/v1/employees?pageSize=1`, { headers: { 'x-api-key': secret } });
        expect(r.ok, `the key works against the API (${r.status})`);
      },
    ],
    [
      'admin reviews reference rules and the audit log with before/after',
      async () => {
        await page.click('[data-testid=nav-reference-rules]');
        await page.waitForSelector('[data-testid=reference-rules] tbody tr');
        await page.click('[data-testid=reference-rules] tbody tr .p-datatable-row-toggle-button');
        await page.waitForSelector('pre.json');
        await visit('reference-rules');
        await page.click('[data-testid=nav-audit]');
        await page.waitForSelector('[data-testid=audit-table] tbody tr .p-datatable-row-toggle-button');
        await page.click('[data-testid=audit-table] tbody tr .p-datatable-row-toggle-button');
        await page.waitForSelector('[data-testid=audit-diff]');
        await visit('audit-log');
      },
    ],
    [
      'the language switch changes the UI and is remembered',
      async () => {
        await page.click('[data-testid=nav-home]');
        await page.waitForSelector('[data-testid=home-stats]');
        await page.click('header [data-testid=lang-en]');
        await page.waitForSelector('nav.app-nav >> text=Master data');
        expect((await page.getAttribute('html', 'lang')) === 'en', 'html lang is en');
        await page.reload();
        await page.waitForSelector('nav.app-nav >> text=Master data');
        expect((await page.textContent('[data-testid=home]')).includes('Welcome'), 'English after reload');
        await visit('home-en');
        await page.click('header [data-testid=lang-id]');
        await page.waitForSelector('nav.app-nav >> text=Data Induk');
      },
    ],
    [
      'the portal is usable on a phone',
      async () => {
        const phone = await ctx.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        await phone.goto(`${base}/data-induk/pegawai`);
        await phone.waitForSelector('[data-testid=employee-table] tbody tr');
        await visit('phone-employees', phone);
        await phone.click('button[aria-controls=mobile-nav]');
        await phone.waitForSelector('#mobile-nav [data-testid=nav-users]');
        await visit('phone-menu', phone);
        await phone.close();
      },
    ],
    [
      'planner builds a formation plan for a year, exports it, a second planner approves it',
      async () => {
        const year = new Date().getFullYear() + 1;
        const name = `Formasi Dinkes ${year} ${tag}`;
        const planner = await apiLogin(apiOrigin, 'planner.bkpp');
        const dinkes = (await planner('/org-units?q=Dinas%20Kesehatan&pageSize=5')).items.find((u) => u.name === 'Dinas Kesehatan');
        const citywide = (await planner('/needs/analysis/dashboard')).totals.existing.total;
        await signIn('planner.bkpp');
        // the needs dashboard: headline figures and the charts
        await page.click('[data-testid=nav-needs]');
        await page.waitForSelector('[data-testid=needs-stats]');
        await page.waitForSelector('[data-testid=chart-sector] .echart svg');
        const existing = Number((await page.textContent('[data-testid=needs-stats] .value')).replace(/\D/g, ''));
        expect(existing === citywide, `dashboard shows the city's civil servants (${existing} vs ${citywide})`);
        await visit('needs-dashboard');
        // a new plan for next year for Dinas Kesehatan, within a budget
        await page.click('[data-testid=nav-needs-plans]');
        await page.waitForSelector('[data-testid=needs-plans]');
        await page.click('[data-testid=plan-new]');
        await page.waitForSelector('[data-testid=plan-create-form]');
        await page.fill('[data-testid=plan-name]', name);
        await page.click('[data-testid=plan-year]');
        await page.click(`.p-select-overlay [role=option][aria-label="${year}"]`);
        await page.click('[data-testid=plan-unit]');
        await page.fill('.p-select-overlay .p-select-filter', 'Dinas Kesehatan');
        await page.click('.p-select-overlay [role=option][aria-label="Dinas Kesehatan"]');
        await page.click('#pc-ceiling', { clickCount: 3 });
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type('8000000000');
        await page.keyboard.press('Tab');
        expect((await page.inputValue('#pc-ceiling')).replace(/\D/g, '') === '8000000000', 'the budget ceiling is typed in rupiah');
        expect((await page.textContent('[data-testid=needs-plan-create]')).includes('APBD Kota Semarang 2026 (PPID)'), 'the city budget figures cite their source');
        await visit('plan-create');
        await page.click('[data-testid=plan-create]');
        await page.waitForSelector('[data-testid=plan-title]', { timeout: 60000 });
        expect((await page.textContent('[data-testid=plan-title]')) === name, 'the new plan opens');
        await page.waitForSelector('[data-testid=plan-lines] tbody tr [data-testid^=line-qty-]');
        const planId = page.url().split('/').pop();
        let plan = await planner(`/needs/plans/${planId}`);
        expect(plan.orgUnitId === dinkes.id && plan.year === year && plan.status === 'draft', 'a draft for Dinas Kesehatan and next year');
        expect(plan.lines.length > 0 && plan.totals.annualCost <= plan.budgetCeiling, `lines within the ceiling (${plan.lines.length} lines, cost ${plan.totals.annualCost})`);
        await visit('plan-draft');
        // change one line: one formation less (a quantity set by hand is pinned)
        const line = plan.lines.find((l) => l.quantity >= 2) ?? plan.lines[0];
        const want = line.quantity - 1;
        const qty = `[data-testid=plan-lines] [data-testid=line-qty-${line.positionId}] input`;
        await page.fill('[id=lines-q]', line.positionTitle);
        await page.click(qty, { clickCount: 3 });
        await page.keyboard.press('Control+A');
        await page.keyboard.type(String(want));
        await Promise.all([page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(`/lines/${line.id}`) && r.ok()), page.keyboard.press('Enter')]);
        await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.value === String(n) && !document.querySelector('[data-testid=plan-lines] .pi-spinner'), [qty, want]);
        await page.click('[data-testid=plan-title]'); // leaving the field sends nothing more
        await page.waitForTimeout(300);
        expect((await page.$('.p-toast-message-warn, .p-toast-message-error')) === null, 'no conflict or error while editing the line');
        plan = await planner(`/needs/plans/${planId}`);
        const changed = plan.lines.find((l) => l.id === line.id);
        expect(changed.quantity === want && changed.pinned, `the line was saved with its new quantity and pinned (${changed.quantity}, pinned ${changed.pinned})`);
        // the workbook
        const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=plan-export]')]);
        expect(xlsx.suggestedFilename().endsWith('.xlsx'), `plan XLSX file name (${xlsx.suggestedFilename()})`);
        expect(
          readFileSync(await xlsx.path())
            .subarray(0, 2)
            .toString() === 'PK',
          'the plan export is a zip workbook',
        );
        // submit, then verify (the same planner may verify, but not approve what they submitted)
        await page.click('[data-testid=plan-submit]');
        await page.waitForSelector('[data-testid=plan-status][data-status=submitted]');
        await page.click('[data-testid=plan-verify]');
        await page.waitForSelector('[data-testid=plan-status][data-status=verified]');
        expect((await page.$('[data-testid=plan-approve]')) === null, 'the submitter is not offered approval');
        expect((await page.$('[data-testid=plan-submit]')) === null && (await page.$('[data-testid=plan-optimise]')) === null, 'a verified plan is no longer editable');
        await visit('plan-verified');
        // a second planner approves it from the inbox
        await signIn('verifikator.bkpp');
        await page.click('[data-testid=nav-needs-inbox]');
        await page.waitForSelector(`[data-testid=inbox-table] >> text=${name}`);
        await visit('needs-inbox');
        await page.click(`[data-testid=inbox-table] a:has-text("${name}")`);
        await page.waitForSelector('[data-testid=plan-approve]');
        await page.click('[data-testid=plan-approve]');
        await page.waitForSelector('[data-testid=plan-status][data-status=approved]');
        const timeline = await page.textContent('[data-testid=plan-timeline]');
        expect(timeline.includes('Disetujui') && timeline.includes('Verifikator'), 'the timeline names who approved');
        plan = await planner(`/needs/plans/${planId}`);
        expect(plan.status === 'approved' && plan.decidedByName && plan.decidedByName !== plan.submittedByName, `approved by another planner (${plan.decidedByName})`);
        await visit('plan-approved');
      },
    ],
    [
      'an employee enrols, an operator marks attendance, the certificate downloads and verifies',
      async () => {
        // set-up through the API: a one-day session today (attendance cannot be marked ahead, and a session completes
        // on or after its last day), organised by Dinas Kesehatan, open for enrolment
        const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
        const send = async (username, method, path, body) => {
          const login = await fetch(`${apiOrigin}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password: PASSWORD }),
          });
          const { accessToken } = await login.json();
          const r = await fetch(`${apiOrigin}/api/v1${path}`, {
            method,
            headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
            body: body && JSON.stringify(body),
          });
          if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
          return r.json();
        };
        const operator = await apiLogin(apiOrigin, 'operator.dinkes');
        const dinkesId = (await operator('/auth/me')).unitId;
        const employee = await apiLogin(apiOrigin, 'pegawai.dinkes');
        const me = await employee('/auth/me');
        const competency = (await operator('/competencies?pageSize=1&type=managerial')).items[0];
        const program = await send('planner.bkpp', 'POST', '/training/programs', {
          code: `KOM-${tag}`,
          title: `Komunikasi Efektif ${tag}`,
          type: 'soft_skill',
          jp: 8,
          mode: 'classroom',
          costPerParticipant: 0,
          provider: 'BPSDM Kota Semarang',
          raises: competency ? [{ competencyId: competency.id, levels: 1 }] : [],
        });
        const created = await send('planner.bkpp', 'POST', '/training/sessions', {
          programId: program.id,
          startsOn: day(0),
          endsOn: day(0),
          enrolmentOpensOn: day(-3),
          enrolmentClosesOn: day(0),
          capacity: 2,
          venue: 'Aula Dinas Kesehatan',
          trainer: 'Tim BPSDM',
          attendanceThreshold: 0.8,
          organiserUnitId: dinkesId,
        });
        const sessionUrl = `${base}/kompetensi/jadwal/${created.id}`;

        // the employee finds the session in the calendar and enrols
        if (!page.url().startsWith(base)) await page.goto(`${base}/masuk`);
        await signIn('pegawai.dinkes');
        await page.click('[data-testid=nav-training-sessions]');
        await page.waitForSelector(`[data-session="${created.id}"]`);
        await visit('training-calendar');
        await page.click(`[data-session="${created.id}"] a`);
        await page.waitForSelector('[data-testid=enrol-me]');
        await visit('training-session-employee');
        await page.click('[data-testid=enrol-me]');
        await page.waitForSelector('[data-testid=my-enrolment] [data-status=requested]');
        expect((await page.$('[data-testid=enrol-me]')) === null, 'enrolling twice is not offered');

        // the leader approves it from the calendar's waiting approvals
        await signIn('kepala.dinkes');
        await page.click('[data-testid=nav-training-sessions]');
        await page.waitForSelector(`[data-testid=pending-approve-${me.employeeId}]`);
        await visit('training-approvals');
        await page.click(`[data-testid=pending-approve-${me.employeeId}]`);
        await page.waitForSelector(`[data-testid=pending-approve-${me.employeeId}]`, { state: 'detached' });
        let enrolment = (await employee(`/training/enrolments?sessionId=${created.id}`)).items[0];
        expect(enrolment?.status === 'enrolled', `the enrolment holds a seat once approved (${enrolment?.status})`);

        // the operator marks attendance for every day on the tablet-sized sheet, then completes the session
        await signIn('operator.dinkes');
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.goto(sessionUrl);
        await page.waitForSelector('[data-testid=attendance-grid]');
        const sheet = await operator(`/training/sessions/${created.id}/attendance`);
        for (const d of sheet.days) {
          const cell = `[data-testid="att-${me.employeeId}-${d}"]`;
          await page.click(cell);
          await page.waitForSelector(`${cell}[aria-pressed=true]:not([disabled])`);
        }
        await visit('training-attendance');
        await page.setViewportSize({ width: 1366, height: 860 });
        await page.click('[data-testid=complete-open]');
        await page.click('[data-testid=complete-confirm]');
        await page.waitForSelector('[data-testid=complete-result]');
        expect((await page.textContent('[data-testid=complete-result]')).includes('1 peserta lulus'), 'the participant completes');
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-testid=session-status]');
        enrolment = (await employee(`/training/enrolments?sessionId=${created.id}`)).items[0];
        expect(enrolment.status === 'completed' && !!enrolment.certificateCode, `completed with a certificate code (${enrolment.status})`);

        // the employee downloads the certificate and the public page confirms it
        await signIn('pegawai.dinkes');
        await page.click('[data-testid=nav-training-hours]');
        await page.waitForSelector('[data-testid=my-certificate]');
        await visit('training-hours-employee');
        const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=my-certificate]')]);
        expect(
          readFileSync(await pdf.path())
            .subarray(0, 4)
            .toString() === '%PDF',
          `the certificate is a PDF (${pdf.suggestedFilename()})`,
        );
        const check = await (await fetch(`${apiOrigin}/api/v1/public/certificates/${encodeURIComponent(enrolment.certificateCode)}`)).json();
        expect(check.valid === true && check.programTitle === program.title, 'the public endpoint confirms the certificate');
        const stranger = await ctx.newPage();
        await stranger.goto(`${base}/verifikasi-sertifikat/${encodeURIComponent(enrolment.certificateCode)}`);
        await stranger.waitForSelector('[data-testid=certificate-verdict]');
        expect((await stranger.textContent('[data-testid=certificate-verdict]')).includes('sah'), 'the verification page says the certificate is genuine');
        expect((await stranger.textContent('[data-testid=certificate-check]')).includes(program.title), 'the verification page names the training');
        await visit('certificate-check', stranger);
        await stranger.close();
      },
    ],
    [
      'an applicant registers on a phone, uploads a document and checks their status',
      async () => {
        // the demo round open for registration, and a vacancy of it with general seats (read from the public API)
        const rounds = await (await fetch(`${apiOrigin}/api/v1/public/recruitment/rounds`)).json();
        const open = rounds.items.find((r) => r.phase === 'registration');
        expect(!!open, `a published round is open for registration (${rounds.items.map((r) => `${r.name}: ${r.phase}`).join(', ')})`);
        const round = await (await fetch(`${apiOrigin}/api/v1/public/recruitment/rounds/${open.id}`)).json();
        const vacancy = round.vacancies.find((v) => v.quotas.umum > 0) ?? round.vacancies[0];
        const doc = round.rules.documents.find((d) => d.required) ?? round.rules.documents[0];
        // a woman born 17 August 1996 in Semarang: day + 40 in the NIK, a random sequence so reruns never collide
        const nik = `3374015708${'96'}${pad(1000 + rand(9000), 4)}`;
        const birth = '1996-08-17';

        const phone = await ctx.newPage({ viewport: { width: 360, height: 780 } });
        await phone.goto(`${base}/seleksi`);
        await phone.waitForSelector(`[data-testid=rp-rounds] [data-round="${open.id}"][data-phase=registration]`);
        await visit('recruitment-rounds-phone', phone);
        await phone.click(`[data-round="${open.id}"] h2 a`);
        await phone.waitForSelector('[data-testid=rp-round-name]');
        expect((await phone.textContent('[data-testid=rp-round-name]')) === round.name, 'the round page names the round');
        const text = await phone.textContent('[data-testid=rp-round]');
        expect(text.includes(vacancy.positionTitle) && text.includes('Dokumen'), 'the round page lists the vacancies and the rules');
        expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the round page fits a 360 px screen');
        await visit('recruitment-round-phone', phone);

        await phone.click('[data-testid=rp-register]');
        await phone.waitForSelector('[data-testid=rp-register-form]');
        await phone.selectOption('[data-testid=rf-vacancy]', vacancy.id);
        await phone.selectOption('[data-testid=rf-category]', 'umum');
        await phone.fill('#rf-nik', nik);
        await phone.waitForSelector('[data-testid=rf-nik-hint].ok');
        expect(
          (await phone.textContent('[data-testid=rf-nik-hint]')).includes('1996') && (await phone.textContent('[data-testid=rf-nik-hint]')).includes('Perempuan'),
          'the NIK hint reads the birth date and gender',
        );
        expect((await phone.inputValue('#rf-birth')) === birth && (await phone.inputValue('#rf-gender')) === 'P', 'the birth date and gender are filled from the NIK');
        await phone.fill('#rf-name', `Pelamar ${tag}`);
        await phone.fill('#rf-birthplace', 'Semarang');
        await phone.fill('#rf-email', `pelamar.${tag.toLowerCase()}@example.com`);
        await phone.fill('#rf-phone', '081234567890');
        await phone.selectOption('#rf-level', vacancy.educationLevels[0] ?? 'S1');
        await phone.fill('#rf-major', vacancy.majors[0] ?? 'Keperawatan');
        await phone.fill('#rf-institution', 'Universitas Diponegoro');
        await phone.fill('#rf-gpa', vacancy.educationLevels[0] === 'SMA' ? '85' : '3,45');
        await phone.fill('#rf-year', '2019');
        await visit('recruitment-register-form-phone', phone);
        await phone.click('[data-testid=rf-submit]');
        await phone.waitForSelector('[data-testid=rp-receipt]', { timeout: 30000 });
        const number = (await phone.textContent('[data-testid=rp-reg-number]')).trim();
        const code = (await phone.textContent('[data-testid=rp-access-code]')).trim();
        expect(/^[A-Z]+\d{4}-\d+$/.test(number), `a registration number is shown (${number})`);
        expect(code.length >= 8, 'the access code is shown');
        expect((await phone.textContent('[data-testid=rp-receipt]')).includes('hanya ditampilkan sekali'), 'the applicant is told to keep the access code');
        await visit('recruitment-receipt-phone', phone);

        // one document: a small PDF, sent with the access code
        const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
        await phone.setInputFiles(`[data-testid=doc-file-${doc.key}]`, { name: 'ktp.pdf', mimeType: 'application/pdf', buffer: pdf });
        await phone.click(`[data-testid=doc-upload-${doc.key}]`);
        await phone.waitForSelector(`[data-doc="${doc.key}"][data-uploaded=true]`);
        await visit('recruitment-documents-phone', phone);

        // the status page, with the number and the birth date
        await phone.click('[data-testid=rp-to-status]');
        await phone.waitForSelector('[data-testid=rp-status-form]');
        expect((await phone.inputValue('#st-number')) === number, 'the status form carries the registration number');
        await phone.fill('#st-birth', birth);
        await phone.click('[data-testid=st-submit]');
        await phone.waitForSelector('[data-testid=st-stage]');
        expect((await phone.textContent('[data-testid=st-stage]')).toLowerCase().includes('terdaftar'), 'the stage is "terdaftar"');
        expect((await phone.textContent('[data-testid=rp-status]')).includes(`Pelamar ${tag}`), 'the status names the applicant');
        await visit('recruitment-status-phone', phone);
        const status = await (await fetch(`${apiOrigin}/api/v1/public/recruitment/status?registrationNumber=${number}&birthDate=${birth}`)).json();
        expect(status.stage === 'registered' && status.documents.some((d) => d.kind === doc.key), 'the API has the application and its document');
        await phone.close();
      },
    ],
    [
      'a panelist declares no conflict, scores an interview and then sees the other panelists’ scores',
      async () => {
        if (!page.url().startsWith(base)) await page.goto(`${base}/masuk`);
        await signIn('panel.seleksi');
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.goto(`${base}/rekrutmen/wawancara`);
        await page.waitForSelector('[data-testid=iv-list] [data-status=pending][data-declared=false]');
        await visit('recruitment-interviews');
        const id = await page.getAttribute('[data-testid=iv-list] [data-status=pending][data-declared=false]', 'data-interview');
        await page.click(`[data-interview="${id}"] a.iv-open`);
        await page.waitForSelector('[data-testid=iv-declaration]');
        await visit('recruitment-interview-declaration');
        expect(await page.isDisabled('[data-testid=iv-declare]'), 'scoring cannot start before the declaration is ticked');
        await page.click('#iv-noconflict');
        await page.click('[data-testid=iv-declare]');
        await page.waitForSelector('[data-testid=iv-rubric]');
        const criteria = await page.$$eval('[data-testid=iv-rubric] [data-criterion]', (els) =>
          els.map((e) => ({ key: e.getAttribute('data-criterion'), max: Number(e.querySelector('input[type=number]').getAttribute('max')) })),
        );
        expect(criteria.length > 0, 'the rubric has criteria');
        for (const c of criteria) await page.fill(`[data-testid=iv-score-${c.key}]`, String(Math.round(c.max * 0.8)));
        await page.fill('#iv-note', 'Menjawab dengan runtut dan relevan.');
        await page.waitForSelector('[data-testid=iv-submit]:not([disabled])');
        const total = (await page.textContent('[data-testid=iv-total] strong')).trim();
        expect(total === '80', `the live total is 80 of 100 (${total})`);
        expect((await page.$('[data-testid=iv-others]')) === null, 'the other panelists’ scores are not shown before submitting');
        await visit('recruitment-interview-rubric');
        await page.click('[data-testid=iv-submit]');
        await page.waitForSelector('[data-testid=iv-confirm-dialog]');
        expect((await page.textContent('[data-testid=iv-confirm-dialog]')).includes('tidak dapat diubah'), 'the confirmation says the scores cannot be changed');
        await page.click('[data-testid=iv-confirm]');
        await page.waitForSelector('[data-testid=iv-others] table tbody tr');
        expect((await page.textContent('[data-testid=iv-others]')).includes('Panitia Seleksi'), 'the other panelists are named with their scores');
        await visit('recruitment-interview-submitted');
        const panel = await apiLogin(apiOrigin, 'panel.seleksi');
        const after = await panel(`/recruitment/interviews/${id}`);
        expect(after.submittedAt && after.score === 80 && after.othersHidden === false, `submitted with 80 (${after.score}), others visible`);
        await page.setViewportSize({ width: 1366, height: 860 });
      },
    ],
    [
      'a citizen submits feedback',
      async () => {
        // a seeded service desk of Puskesmas Poncol (as its QR code would open it), read from the public API
        const groups = await (await fetch(`${apiOrigin}/api/v1/public/services?q=Poncol`)).json();
        const services = groups.flatMap((g) => g.services.map((s) => ({ ...s, unitId: g.unitId, unitName: g.unitName })));
        const service = services.find((s) => s.code.endsWith('-UMUM')) ?? services[0];
        expect(!!service, `a seeded service desk of Puskesmas Poncol (${groups.length} units found)`);
        const admin = await apiLogin(apiOrigin, 'admin');
        const year = new Date().getFullYear();
        const before = (await admin(`/performance/ikm?unitId=${service.unitId}&year=${year}`)).responses;

        // a citizen's own phone: a browser context of its own (no session, its own device id)
        const citizen = await page
          .context()
          .browser()
          .newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
        citizen.setDefaultTimeout(20_000);
        const phone = await citizen.newPage();
        const phoneErrors = [];
        phone.on('pageerror', (e) => phoneErrors.push(e.message));
        await phone.goto(`${base}/umpan-balik/${encodeURIComponent(service.code)}`);
        await phone.waitForSelector('[data-testid=pp-feedback-form]');
        expect((await phone.textContent('[data-testid=pp-service-name]')).trim() === service.name, 'the form names the service of the QR code');
        expect((await phone.textContent('[data-testid=pp-unit-name]')).includes('Poncol'), 'the form names the unit');
        expect((await phone.$$('[data-testid=pp-feedback-form] fieldset input[type=radio]')).length === 36, 'nine elements of four answers each');
        expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the form fits a 390 px screen');
        await visit('feedback-form-phone', phone);

        // too few answers are refused on the phone, without a request
        await phone.click('[data-testid=pp-submit]');
        await phone.waitForSelector('[data-testid=pp-too-few]');
        const answers = [4, 3, 3, 4, 3, 4, 4, 2, 3];
        for (const [i, v] of answers.entries()) await phone.click(`[data-testid=ikm-a-${i}-${v}]`);
        await phone.waitForFunction(() => !document.querySelector('[data-testid=pp-too-few]'));
        expect((await phone.textContent('[data-testid=pp-progress]')).includes('9 dari 9'), 'the progress counts nine answers');
        const comment = `Antrean cepat dan petugas ramah (${tag}).`;
        await phone.fill('#pp-comment', comment);
        await visit('feedback-form-answered-phone', phone);
        await phone.click('[data-testid=pp-submit]');
        await phone.waitForSelector('[data-testid=pp-thanks]');
        expect((await phone.textContent('[data-testid=pp-thanks]')).includes('Terima kasih'), 'the thank-you screen');
        const deviceId = await phone.evaluate(() => localStorage.getItem('asn.ikm.deviceId'));
        expect(/^[A-Za-z0-9_-]{16,64}$/.test(deviceId ?? ''), 'a random device id is kept on the phone');
        await visit('feedback-thanks-phone', phone);

        // stored: one more response for the unit, with the comment waiting for moderation (read through the API)
        const after = (await admin(`/performance/ikm?unitId=${service.unitId}&year=${year}`)).responses;
        expect(after === before + 1, `one more response for ${service.unitName} (${before} → ${after})`);
        const pending = await admin(`/performance/ikm/comments?unitId=${service.unitId}&status=pending&pageSize=50`);
        const mine = pending.items.find((c) => c.comment === comment);
        expect(
          !!mine && JSON.stringify(mine.answers) === JSON.stringify(answers) && mine.contact === null,
          'the response is stored with its answers, the comment pending and no contact',
        );

        // the same answers again from the same phone: told it was already received
        await phone.goto(`${base}/umpan-balik/${encodeURIComponent(service.code)}`);
        await phone.waitForSelector('[data-testid=pp-feedback-form]');
        for (const [i, v] of answers.entries()) await phone.click(`[data-testid=ikm-a-${i}-${v}]`);
        await phone.fill('#pp-comment', comment);
        await phone.click('[data-testid=pp-submit]');
        await phone.waitForSelector('[data-testid=pp-failure][data-kind=duplicate]');
        await visit('feedback-duplicate-phone', phone);

        // without a QR code: the list of services, searched
        await phone.goto(`${base}/umpan-balik`);
        await phone.waitForSelector('[data-testid=pp-services] li');
        await phone.fill('[data-testid=pp-service-search]', 'Poncol');
        await phone.waitForSelector(`[data-testid=pp-services] a[data-code="${service.code}"]`);
        await visit('feedback-services-phone', phone);
        await phone.click(`[data-testid=pp-services] a[data-code="${service.code}"]`);
        await phone.waitForSelector('[data-testid=pp-feedback-form]');
        expect((await phone.textContent('[data-testid=pp-service-name]')).trim() === service.name, 'the chosen service opens its form');

        // the published IKM: the city grade, the chart and the searchable table
        await phone.goto(`${base}/ikm`);
        await phone.waitForSelector('[data-testid=pp-ikm-table] tbody tr[data-unit]');
        await phone.waitForSelector('.echart svg');
        expect(/[A-D]/.test((await phone.getAttribute('[data-testid=pp-ikm-city] .pp-grade', 'data-grade')) ?? ''), 'the city grade is shown');
        await phone.fill('[data-testid=pp-ikm-search]', 'Poncol');
        await phone.waitForSelector(`[data-testid=pp-ikm-table] tr[data-unit="${service.unitId}"]`);
        await visit('ikm-public-phone', phone);
        await citizen.close();
        expect(!phoneErrors.length, `no uncaught errors on the phone (${phoneErrors.join('; ')})`);
      },
    ],
    [
      'an employee reports progress and the leader’s open board shows it without reload',
      async () => {
        // the employee's approved plan in the current period, and a target with room to report
        const emp = await apiLogin(apiOrigin, 'pegawai.dinkes');
        const me = await emp('/auth/me');
        const periods = await emp('/performance/periods');
        const current = (Array.isArray(periods) ? periods : periods.items).find((x) => x.currentCheckpoint != null);
        expect(!!current, 'a performance period around today');
        const plans = await emp(`/performance/plans?periodId=${current.id}&employeeId=${me.employeeId}`);
        const approved = plans.items.find((x) => x.status === 'approved');
        expect(!!approved, `pegawai.dinkes has an approved plan (${plans.items.map((x) => x.status).join(', ') || 'none'})`);
        const plan = await emp(`/performance/plans/${approved.id}`);
        const target = plan.targets.find((x) => (x.realised ?? 0) < x.quantity) ?? plan.targets[0];
        const realised = Math.min(target.quantity, Math.floor((target.realised ?? 0) + Math.max(1, (target.quantity - (target.realised ?? 0)) / 2)));
        let leaderLogin = 'kepala.poncol';
        await apiLogin(apiOrigin, leaderLogin).catch(() => (leaderLogin = 'kepala.dinkes'));

        const browser = page.context().browser();
        const options = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
        const signInOn = async (p, username) => {
          await p.goto(`${base}/masuk`);
          await p.waitForSelector('[data-testid=sign-in-form]');
          await p.fill('#username', username);
          await p.fill('#password', PASSWORD);
          await p.click('[data-testid=sign-in-submit]');
          await p.waitForSelector('[data-testid=home]');
        };

        // pages holding an event stream never reach "network idle": wait for it briefly before axe, not 20 s
        const liveVisit = async (name, p) => {
          p.setDefaultNavigationTimeout(3_000);
          try {
            await visit(name, p);
          } finally {
            p.setDefaultNavigationTimeout(20_000);
          }
        };

        // the leader opens the live board (their own browser)
        const leaderCtx = await browser.newContext({ viewport: { width: 1366, height: 860 }, ...options });
        leaderCtx.setDefaultTimeout(20_000);
        const board = await leaderCtx.newPage();
        const boardErrors = [];
        board.on('pageerror', (e) => boardErrors.push(e.message));
        await signInOn(board, leaderLogin);
        await board.goto(`${base}/kinerja/papan`);
        const row = `[data-testid="board-row-${me.employeeId}"]`;
        await board.waitForSelector(row);
        await board.waitForSelector('[data-testid=board-live-state][data-state=open]');
        await board.evaluate(() => (window.__sameDocument = true));
        await liveVisit('performance-board-leader', board);

        // the employee reports from a phone (another browser)
        const empCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, ...options });
        empCtx.setDefaultTimeout(20_000);
        const phone = await empCtx.newPage();
        await signInOn(phone, 'pegawai.dinkes');
        await phone.goto(`${base}/kinerja/target-saya`);
        await phone.waitForSelector(`[data-testid="report-open-${target.id}"]`);
        await liveVisit('performance-my-targets-phone', phone);
        await phone.click(`[data-testid="report-open-${target.id}"]`);
        await phone.waitForSelector('[data-testid=report-realised]');
        await phone.fill('[data-testid=report-realised]', String(realised));
        await phone.fill('[data-testid=report-note]', `Laporan kemajuan ${tag}`);
        await liveVisit('performance-report-dialog-phone', phone);
        const sent = Date.now();
        await phone.click('[data-testid=report-submit]');
        await phone.waitForSelector('[data-testid=report-realised]', { state: 'detached' });

        // the leader's page shows the new realised figure, without a reload
        await board.waitForFunction(
          ({ sel, want }) => {
            const el = document.querySelector(`${sel} [data-testid=board-realised]`);
            const text = (el?.textContent ?? '').split('/')[0].replace(/\./g, '').replace(',', '.').trim();
            return el !== null && Math.abs(Number(text) - want) < 0.005;
          },
          { sel: row, want: realised },
          { timeout: 10_000 },
        );
        const ms = Date.now() - sent;
        expect(await board.evaluate(() => window.__sameDocument === true), 'the board was not reloaded');
        expect((await board.getAttribute(row, 'data-live')) === 'report.submitted', 'the row is marked as just reported');
        console.log(`      (the board showed ${realised} ${ms} ms after the report was sent)`);
        await liveVisit('performance-board-live', board);
        const stored = await emp(`/performance/plans/${approved.id}`);
        expect(Math.abs(stored.targets.find((x) => x.id === target.id).realised - realised) < 0.005, 'the report is stored');
        await empCtx.close();
        await leaderCtx.close();
        expect(!boardErrors.length, `no uncaught errors on the board (${boardErrors.join('; ')})`);
      },
    ],
  ];
}
