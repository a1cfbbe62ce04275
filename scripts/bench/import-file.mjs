/**
 * The bench's import file: a valid employee CSV (the template's columns) for POST /api/v1/employees/import.
 * Deterministic (seeded PRNG), so every run uploads the same rows for the same database.
 */

/** Deterministic PRNG (mulberry32), so the generated file is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (arr) => arr[Math.floor(next() * arr.length)], chance: (p) => next() < p };
}

const pad2 = (n) => String(n).padStart(2, '0');
const csvCell = (v) => (v == null ? '' : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const FIRST_M = ['Agus', 'Budi', 'Joko', 'Slamet', 'Eko', 'Hendra', 'Rudi', 'Bambang', 'Teguh', 'Wahyu', 'Arif', 'Dwi', 'Yoga', 'Fajar', 'Rizky'];
const FIRST_F = ['Sri', 'Dewi', 'Siti', 'Endang', 'Rina', 'Wulan', 'Indah', 'Ayu', 'Retno', 'Nur', 'Fitri', 'Lestari', 'Anisa', 'Putri', 'Ratna'];
const LAST = ['Santoso', 'Wibowo', 'Setiawan', 'Susanto', 'Hidayat', 'Prasetyo', 'Kurniawan', 'Saputra', 'Rahayu', 'Handayani', 'Purnamasari', 'Utami', 'Nugroho', 'Wijaya'];
const EDU = [
  ['SMA', ''],
  ['SMK', ''],
  ['D3 Keperawatan', 'A.Md.Kep.'],
  ['D3 Kebidanan', 'A.Md.Keb.'],
  ['S1 Keperawatan', 'S.Kep.'],
  ['S1 Kesehatan Masyarakat', 'S.K.M.'],
  ['S1 Pendidikan', 'S.Pd.'],
  ['S1 Ilmu Administrasi', 'S.A.P.'],
  ['S1 Hukum', 'S.H.'],
  ['S2 Manajemen', 'M.M.'],
];
const GOL = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
const PPPK = ['V', 'VII', 'IX', 'X', 'XI'];

/**
 * A valid import file: `rows` employees spread over the units in proportion to their current staff,
 * half of them with a position title of their unit, NIPs built from birth date + appointment month + gender
 * with sequence numbers above anything the seed issued (checked by the caller against the database).
 */
export function makeCsv(rows, units, positionsByCode, seqBase) {
  const rng = prng(20260514);
  const total = units.reduce((s, u) => s + u.weight, 0);
  const cum = [];
  let acc = 0;
  for (const u of units) cum.push((acc += u.weight / total));
  const pickUnit = () => {
    const r = rng.next();
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return units[lo];
  };
  const seq = new Map();
  const nips = [];
  const out = ['nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_pengangkatan,pendidikan,aktif'];
  while (nips.length < rows) {
    const u = pickUnit();
    const female = rng.chance(0.55);
    const by = rng.int(1968, 2001);
    const bm = rng.int(1, 12);
    const bd = rng.int(1, daysIn(by, bm));
    const r = rng.next();
    const status = r < 0.05 ? 'cpns' : r < 0.17 ? 'pppk' : 'pns';
    const ay = status === 'pns' ? rng.int(Math.min(by + 22, 2024), 2024) : status === 'cpns' ? 2025 : rng.int(Math.max(2021, by + 22), 2025);
    const am = rng.int(1, 12);
    const prefix = `${by}${pad2(bm)}${pad2(bd)}${ay}${pad2(am)}${female ? 2 : 1}`;
    const s = (seq.get(prefix) ?? seqBase) + 1;
    if (s > 999) continue;
    seq.set(prefix, s);
    const nip = `${prefix}${String(s).padStart(3, '0')}`;
    const [education, degree] = rng.pick(EDU);
    const name = `${rng.pick(female ? FIRST_F : FIRST_M)} ${rng.pick(LAST)}${degree ? `, ${degree}` : ''}`;
    const rank = status === 'pppk' ? rng.pick(PPPK) : status === 'cpns' ? rng.pick(['II/a', 'III/a']) : rng.pick(GOL);
    const titles = positionsByCode.get(u.code);
    const title = titles && rng.chance(0.5) ? rng.pick(titles) : '';
    out.push(
      [nip, name, female ? 'P' : 'L', `${by}-${pad2(bm)}-${pad2(bd)}`, status, rank, u.code, title, `${ay}-${pad2(am)}-01`, education, 'ya'].map(csvCell).join(','),
    );
    nips.push(nip);
  }
  return { csv: `${out.join('\n')}\n`, nips };
}

