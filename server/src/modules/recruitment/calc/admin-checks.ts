/**
 * Administrative selection (domain.md §6, issue 6): the automatic checks of an application against its vacancy and
 * the round's rules, and the MS/TMS result once the committee's checklist is added. Pure: no Nest, no database.
 * Every failure is named ({ code, message } in Bahasa Indonesia), so the applicant is told each requirement missed.
 */
import { ageOn } from '../../reference/calc/dates.js';
import type { RequiredDocument } from '../recruitment.types.js';

export interface AdminFailure {
  /** Stable code: AGE_BELOW_MIN, AGE_ABOVE_MAX, EDUCATION_LEVEL, MAJOR, GPA_BELOW_MIN, DOCUMENT_MISSING, CHECKLIST_FAILED. */
  code: string;
  /** The requirement, in Bahasa Indonesia, for the applicant. */
  message: string;
  /** The document or checklist key, for document and checklist failures. */
  key?: string;
}

export interface AdminCheck {
  /** age | education_level | major | gpa | document:<key> */
  key: string;
  label: string;
  passed: boolean;
  /** What was compared, e.g. "usia 36 tahun pada 2026-01-31; batas 18–35". */
  detail: string;
}

export interface AdminCheckInput {
  applicant: { birthDate: string; educationLevel: string; major: string; gpa: number };
  vacancy: { educationLevels: string[]; majors: string[]; gpaMin: number | null; ageMax: number | null };
  rules: { ageLimits: { min: number; max: number }; gpaMin: number | null; documents: RequiredDocument[] };
  /** The closing date of registration: age is taken on that day (completed years). */
  registrationCloses: string;
  /** Document kinds uploaded for the application. */
  uploadedKinds: string[];
}

export interface AdminCheckResult {
  checks: AdminCheck[];
  failures: AdminFailure[];
  /** Age in completed years on the closing date. */
  age: number;
}

/** Case- and whitespace-insensitive form of a major ("Kesehatan  Masyarakat" = "kesehatan masyarakat"). */
export function normaliseMajor(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

const fmt = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

export function automaticChecks(input: AdminCheckInput): AdminCheckResult {
  const { applicant, vacancy, rules } = input;
  const checks: AdminCheck[] = [];
  const failures: AdminFailure[] = [];

  // Age on the closing date: min ≤ age ≤ max (completed years: the day before the (max+1)th birthday still passes).
  const age = ageOn(applicant.birthDate, input.registrationCloses);
  const min = rules.ageLimits.min;
  const max = vacancy.ageMax ?? rules.ageLimits.max;
  const ageOk = age >= min && age <= max;
  checks.push({ key: 'age', label: 'Usia', passed: ageOk, detail: `usia ${age} tahun pada ${input.registrationCloses}; batas ${min}–${max} tahun` });
  if (age < min) failures.push({ code: 'AGE_BELOW_MIN', message: `Usia ${age} tahun pada ${input.registrationCloses} kurang dari batas minimal ${min} tahun.` });
  if (age > max) failures.push({ code: 'AGE_ABOVE_MAX', message: `Usia ${age} tahun pada ${input.registrationCloses} melebihi batas maksimal ${max} tahun.` });

  // Education level (empty list = any level).
  const levels = vacancy.educationLevels.map((l) => l.toUpperCase());
  const levelOk = levels.length === 0 || levels.includes(applicant.educationLevel.toUpperCase());
  checks.push({
    key: 'education_level',
    label: 'Jenjang pendidikan',
    passed: levelOk,
    detail: levels.length ? `${applicant.educationLevel}; dipersyaratkan ${levels.join('/')}` : `${applicant.educationLevel}; semua jenjang`,
  });
  if (!levelOk) failures.push({ code: 'EDUCATION_LEVEL', message: `Jenjang pendidikan ${applicant.educationLevel} tidak sesuai; dipersyaratkan ${levels.join(' atau ')}.` });

  // Major (empty list = any major of those levels).
  const majors = vacancy.majors.map(normaliseMajor);
  const majorOk = majors.length === 0 || majors.includes(normaliseMajor(applicant.major));
  checks.push({
    key: 'major',
    label: 'Program studi',
    passed: majorOk,
    detail: majors.length ? `${applicant.major}; dipersyaratkan ${vacancy.majors.join(', ')}` : `${applicant.major}; semua program studi`,
  });
  if (!majorOk) failures.push({ code: 'MAJOR', message: `Program studi ${applicant.major} tidak sesuai; dipersyaratkan ${vacancy.majors.join(', ')}.` });

  // GPA (or diploma average) minimum: the vacancy's, else the round's; none = no minimum.
  const gpaMin = vacancy.gpaMin ?? rules.gpaMin;
  const gpaOk = gpaMin === null || applicant.gpa >= gpaMin;
  checks.push({
    key: 'gpa',
    label: 'IPK / nilai rata-rata ijazah',
    passed: gpaOk,
    detail: gpaMin === null ? `${fmt(applicant.gpa)}; tanpa batas minimal` : `${fmt(applicant.gpa)}; minimal ${fmt(gpaMin)}`,
  });
  if (!gpaOk && gpaMin !== null) failures.push({ code: 'GPA_BELOW_MIN', message: `IPK/nilai rata-rata ${fmt(applicant.gpa)} kurang dari batas minimal ${fmt(gpaMin)}.` });

  // Every required document uploaded.
  const uploaded = new Set(input.uploadedKinds);
  for (const d of rules.documents) {
    if (!d.required) continue;
    const ok = uploaded.has(d.key);
    checks.push({ key: `document:${d.key}`, label: d.label, passed: ok, detail: ok ? 'diunggah' : 'belum diunggah' });
    if (!ok) failures.push({ code: 'DOCUMENT_MISSING', key: d.key, message: `Dokumen ${d.label} belum diunggah.` });
  }
  return { checks, failures, age };
}

export interface AdminDecision {
  result: 'ms' | 'tms';
  failures: AdminFailure[];
}

/**
 * MS (memenuhi syarat) when every automatic check passes and every checklist item is true; otherwise TMS with every
 * failed requirement: the automatic failures first, then each checklist item marked false (labelled from `labels`).
 */
export function adminDecision(automatic: AdminFailure[], checklist: Record<string, boolean>, labels: Record<string, string> = {}): AdminDecision {
  const failures = [...automatic];
  for (const [key, ok] of Object.entries(checklist)) {
    if (ok) continue;
    const label = labels[key] ?? key.replace(/_/g, ' ');
    failures.push({ code: 'CHECKLIST_FAILED', key, message: `Verifikasi panitia: ${label} tidak memenuhi syarat.` });
  }
  return { result: failures.length ? 'tms' : 'ms', failures };
}
