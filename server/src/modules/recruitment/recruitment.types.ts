/**
 * Shared shapes of the Recruitment module: a round's schedule and rules (stored as JSON on the round, published),
 * categories and stages. Pure types and constants: no Nest, no database.
 */
import type { Role } from '../../common/principal.js';

export const ROUND_TYPES = ['cpns', 'pppk'] as const;
export type RoundType = (typeof ROUND_TYPES)[number];

export const ROUND_STATUSES = ['draft', 'published', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Applicant categories (domain.md §6): each has its own passing grade and its own seats in a vacancy. */
export const CATEGORIES = ['umum', 'cumlaude', 'disabilitas', 'papua'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where an application stands. Transitions: registered → admin_passed | admin_failed (an accepted appeal → admin_passed);
 *  admin_passed → skd_passed | skd_failed (CPNS) ; skd_passed → shortlisted | not_shortlisted ;
 *  shortlisted (CPNS) or admin_passed with scores (PPPK) → passed | not_passed at ranking ; passed → appointed. */
export const STAGES = [
  'registered',
  'admin_passed',
  'admin_failed',
  'skd_passed',
  'skd_failed',
  'shortlisted',
  'not_shortlisted',
  'passed',
  'not_passed',
  'appointed',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

export const EDUCATION_LEVELS = ['SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'PROFESI', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** ISO dates (yyyy-mm-dd, WIB calendar days), in this order (each ≥ the previous). */
export interface RoundSchedule {
  registrationOpens: string;
  registrationCloses: string;
  adminSelectionEnds: string;
  appealOpens: string;
  appealCloses: string;
  appealAnswerBy: string;
  skdStarts: string;
  skdEnds: string;
  skbStarts: string;
  skbEnds: string;
  announcement: string;
}
export const SCHEDULE_KEYS: (keyof RoundSchedule)[] = [
  'registrationOpens',
  'registrationCloses',
  'adminSelectionEnds',
  'appealOpens',
  'appealCloses',
  'appealAnswerBy',
  'skdStarts',
  'skdEnds',
  'skbStarts',
  'skbEnds',
  'announcement',
];

export interface SkdPassingGrades {
  /** Maximum per sub-test and total (150/175/225/550). */
  max: { twk: number; tiu: number; tkp: number; total: number };
  /** Each sub-test on its own. */
  umum: { twk: number; tiu: number; tkp: number };
  /** Total and TIU. */
  cumlaude: { total: number; tiu: number };
  disabilitas: { total: number; tiu: number };
  papua: { total: number; tiu: number };
}

export interface SkbComponent {
  /** `interview` is filled from the panel's mean; every other key comes from the SKB score file. */
  key: string;
  label: string;
  /** Share of the SKB score; the weights sum to 1. */
  weight: number;
}

export interface RubricCriterion {
  key: string;
  label: string;
  /** Highest score a panelist may give (lowest is 0). */
  max: number;
}

export interface RequiredDocument {
  key: string;
  label: string;
  required: boolean;
}

/** A round's rules: copied from the reference rules at creation, editable while a draft, amended with a reason later. */
export interface RoundRules {
  passingGrades: SkdPassingGrades;
  shortlist: { multiplier: number; tieAtCut: 'include_all' | 'strict' };
  finalScore: { skdWeight: number; skbWeight: number };
  skbComponents: SkbComponent[];
  /** PPPK maxima (technical, managerial + socio-cultural, interview; total 670). */
  pppk: { max: { technical: number; managerialSocioCultural: number; interview: number; total: number } };
  interview: { rubric: RubricCriterion[]; minPanelists: number; spreadLimit: number };
  ageLimits: { min: number; max: number };
  gpaMin: number | null;
  documents: RequiredDocument[];
  /** Upload limit per document in bytes. */
  maxDocumentBytes: number;
  tieBreak: string[];
}

/** Who runs recruitment (BKPSDM); operators see the vacancies and applications of their subtree. */
export const RECRUITMENT_MANAGERS: Role[] = ['admin', 'planner'];
export const RECRUITMENT_READERS: Role[] = ['admin', 'planner', 'operator', 'leader'];
export const RECRUITMENT_VERIFIERS: Role[] = ['admin', 'planner', 'operator'];

/** `3374015708850001` → `3374**********01`: province + regency, then the last two digits. */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 4)}${'*'.repeat(10)}${nik.slice(14)}` : '*'.repeat(nik.length);
}
