/**
 * Recruitment fixtures through the rounds API where the test is about rounds, straight SQL where it is not:
 * an approved (or draft) formation plan line, a round with its schedule relative to today, a vacancy opened from a line,
 * and a published round with one vacancy in a single call.
 */
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isoToday } from '../../src/modules/reference/calc/dates.js';
import type { RoundSchedule } from '../../src/modules/recruitment/recruitment.types.js';
import { bearer, type TestApp } from '../utils/app.js';
import { createPosition } from './index.js';

const DAY = 86_400_000;

/** The WIB calendar day `offset` days from today (what the server calls today). */
export const wibDay = (offset = 0) => isoToday(new Date(Date.now() + offset * DAY));

let counter = 0;
/** A short unique suffix for codes. */
export const uniqueSuffix = () => `${Date.now().toString(36).toUpperCase().slice(-5)}${++counter}${randomInt(0, 1000)}`;

/** A formation year of its own (2900–2999: far beyond any needs horizon, so plan lines never move the Needs figures). */
export const testYear = () => 2900 + randomInt(0, 100);

/**
 * A schedule whose registration opens `opensIn` days from today (negative: already open) and lasts 10 days, each later
 * stage a few days after the previous one. `over` replaces single dates.
 */
export function buildSchedule(opensIn = 30, over: Partial<RoundSchedule> = {}): RoundSchedule {
  const d = (n: number) => wibDay(opensIn + n);
  return {
    registrationOpens: d(0),
    registrationCloses: d(10),
    adminSelectionEnds: d(15),
    appealOpens: d(16),
    appealCloses: d(18),
    appealAnswerBy: d(21),
    skdStarts: d(25),
    skdEnds: d(30),
    skbStarts: d(35),
    skbEnds: d(40),
    announcement: d(45),
    ...over,
  };
}

export interface PlanLineFixture {
  lineId: string;
  planId: string;
  positionId: string;
  unitId: string;
  year: number;
  employmentType: 'cpns' | 'pppk';
  quantity: number;
}

/**
 * A formation plan (approved by default) with one line, inserted directly: fast, and independent of the needs analysis.
 * Without positionId a new position is created in the unit.
 */
export async function createApprovedPlanLine(
  t: TestApp | DataSource,
  f: {
    unitId: string;
    positionId?: string;
    employmentType?: 'cpns' | 'pppk';
    quantity?: number;
    year?: number;
    educationRequired?: string | null;
    status?: 'draft' | 'submitted' | 'verified' | 'approved' | 'rejected';
  },
): Promise<PlanLineFixture> {
  const ds = 'ds' in t ? t.ds : t;
  const year = f.year ?? testYear();
  const type = f.employmentType ?? 'cpns';
  const quantity = f.quantity ?? 5;
  const positionId = f.positionId ?? (await createPosition(ds, f.unitId, `Perawat Uji ${uniqueSuffix()}`, 'pelaksana')).id;
  const status = f.status ?? 'approved';
  const [plan] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plans (name, year, org_unit_id, status, base_year, horizon, budget_ceiling, max_formations, default_employment_type, decided_by_name, decided_at)
     VALUES ($1, $2, $3, $4, $2, 1, 0, $5, $6, $7, $8) RETURNING id`,
    [`Rencana Uji ${uniqueSuffix()}`, year, f.unitId, status, quantity, type, status === 'approved' ? 'Verifikator Uji' : null, status === 'approved' ? new Date() : null],
  );
  const [line] = await ds.query<{ id: string }[]>(
    `INSERT INTO formation_plan_lines (plan_id, position_id, unit_id, employment_type, education_required, annual_cost_per_person, shortage, quantity, weight)
     VALUES ($1, $2, $3, $4, $5, 0, $6, $6, 1) RETURNING id`,
    [plan.id, positionId, f.unitId, type, f.educationRequired === undefined ? 'D3 Keperawatan' : f.educationRequired, quantity],
  );
  return { lineId: line.id, planId: plan.id, positionId, unitId: f.unitId, year, employmentType: type, quantity };
}

/** The round as the API answers it (RoundDto). */
export interface RoundBody {
  id: string;
  code: string;
  type: 'cpns' | 'pppk';
  year: number;
  status: string;
  phase: string;
  schedule: RoundSchedule;
  rules: Record<string, unknown> & { documents: { key: string; required: boolean }[] };
  version: number;
  [k: string]: unknown;
}

/** POST /recruitment/rounds as `token` (a planner or admin); fails the test unless 201. */
export async function createRound(
  t: TestApp,
  token: string,
  overrides: { code?: string; name?: string; type?: 'cpns' | 'pppk'; year?: number; schedule?: Partial<RoundSchedule>; opensIn?: number; rules?: Record<string, unknown> } = {},
): Promise<RoundBody> {
  const code = overrides.code ?? `UJI-${uniqueSuffix()}`;
  const res = await t.http
    .post('/api/v1/recruitment/rounds')
    .set(bearer(token))
    .send({
      code,
      name: overrides.name ?? `Seleksi Uji ${code}`,
      type: overrides.type ?? 'cpns',
      year: overrides.year ?? testYear(),
      schedule: buildSchedule(overrides.opensIn ?? 30, overrides.schedule),
      ...(overrides.rules ? { rules: overrides.rules } : {}),
    });
  if (res.status !== 201) throw new Error(`createRound: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as RoundBody;
}

/** POST /recruitment/rounds/{id}/vacancies from a plan line; fails the test unless 201. */
export async function openVacancy(
  t: TestApp,
  token: string,
  roundId: string,
  planLineId: string,
  overrides: { code?: string; quotas?: Record<string, number>; educationLevels?: string[]; majors?: string[]; gpaMin?: number; ageMax?: number } = {},
): Promise<{ id: string; code: string; unitId: string; positionId: string; quotaTotal: number; version: number; [k: string]: unknown }> {
  const res = await t.http
    .post(`/api/v1/recruitment/rounds/${roundId}/vacancies`)
    .set(bearer(token))
    .send({ planLineId, quotas: overrides.quotas ?? { umum: 1 }, ...overrides });
  if (res.status !== 201) throw new Error(`openVacancy: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** POST /recruitment/rounds/{id}/publish with the round's current version. */
export async function publishRound(t: TestApp, token: string, roundId: string): Promise<RoundBody> {
  const cur = await t.http.get(`/api/v1/recruitment/rounds/${roundId}`).set(bearer(token));
  const res = await t.http.post(`/api/v1/recruitment/rounds/${roundId}/publish`).set(bearer(token)).send({ version: cur.body.version });
  if (res.status !== 200) throw new Error(`publishRound: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as RoundBody;
}

/**
 * A published round with one vacancy in `unitId` opened from a fresh approved plan line, all through the API.
 * `opensIn` ≤ 0 gives a round whose registration is open today (the default: opened 5 days ago).
 */
export async function createPublishedRound(
  t: TestApp,
  token: string,
  f: { unitId: string; type?: 'cpns' | 'pppk'; year?: number; quantity?: number; quotas?: Record<string, number>; opensIn?: number; rules?: Record<string, unknown> },
): Promise<{ round: RoundBody; line: PlanLineFixture; vacancy: Awaited<ReturnType<typeof openVacancy>> }> {
  const type = f.type ?? 'cpns';
  const year = f.year ?? testYear();
  const line = await createApprovedPlanLine(t, { unitId: f.unitId, employmentType: type, quantity: f.quantity ?? 5, year });
  const draft = await createRound(t, token, { type, year, opensIn: f.opensIn ?? -5, rules: f.rules });
  const vacancy = await openVacancy(t, token, draft.id, line.lineId, { quotas: f.quotas ?? { umum: Math.min(2, line.quantity) } });
  const round = await publishRound(t, token, draft.id);
  return { round, line, vacancy };
}
