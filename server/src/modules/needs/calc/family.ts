/**
 * Job families — needs README "Job families".
 *
 * A family is a position title without its functional-level suffix (`Perawat Ahli Pertama` → `Perawat`). Ratio norms
 * and WISN studies give one demand for a family in a unit; it is shared out over the family's positions there:
 * non-entry positions (filled by promotion) get their own projected supply, so they never show a gap; the entry
 * position takes the rest, `family demand − Σ supply of the others` (never below 0), so the family's whole gap lands
 * where hiring happens and the family total is preserved.
 */
import { CalcInputError } from './errors.js';

export type FunctionalLevel = 'pemula' | 'terampil' | 'mahir' | 'penyelia' | 'ahli_pertama' | 'ahli_muda' | 'ahli_madya' | 'ahli_utama';

/** Functional levels (jenjang jabatan fungsional) as they end a position title. */
export const FUNCTIONAL_LEVEL_LABELS: Readonly<Record<FunctionalLevel, string>> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
};

/** The levels a family is entered at (hiring happens there); pelaksana positions are entry positions too. */
const ENTRY_LEVELS: ReadonlySet<string> = new Set<FunctionalLevel>(['pemula', 'terampil', 'ahli_pertama']);

/** One regex per label: the label as the last words of a title, after at least one space, any case and spacing. */
const LEVEL_SUFFIXES: readonly RegExp[] = Object.values(FUNCTIONAL_LEVEL_LABELS)
  .sort((a, b) => b.length - a.length)
  .map((label) => new RegExp(`\\s+${label.split(' ').join('\\s+')}$`, 'i'));

/**
 * The family of a position title: the title without one trailing level label, trimmed
 * (`Guru Kelas Ahli Muda` → `Guru Kelas`, `perawat  TERAMPIL ` → `perawat`); any other title is its own family.
 * A title that is only a label (`Mahir`) stays as it is.
 */
export function familyOf(title: string): string {
  const trimmed = title.trim();
  for (const suffix of LEVEL_SUFFIXES) {
    if (suffix.test(trimmed)) return trimmed.replace(suffix, '').trim();
  }
  return trimmed;
}

/** True for pelaksana positions and for the entry functional levels pemula, terampil and ahli_pertama. */
export function isEntryLevel(kind: string, level: string | null): boolean {
  return kind === 'pelaksana' || (level !== null && ENTRY_LEVELS.has(level));
}

/** One position of a family in a unit. */
export interface FamilyMember {
  positionId: string;
  title: string;
  kind: string;
  level: string | null;
  /** Kelas jabatan; null when not graded (sorted last). */
  jobClass: number | null;
  /** Holders now. */
  existing: number;
  /** Projected supply per year of the horizon. */
  supply: number[];
}

export interface FamilyAllocation {
  /** The position that takes the family's remainder. */
  entryPositionId: string;
  /** Demand per position id, per year of the horizon. */
  demand: Map<string, number[]>;
}

function byClass(a: FamilyMember, b: FamilyMember): number {
  return (a.jobClass ?? Number.POSITIVE_INFINITY) - (b.jobClass ?? Number.POSITIVE_INFINITY);
}

function byTitleThenId(a: FamilyMember, b: FamilyMember): number {
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0;
}

/**
 * The entry position of a family: among entry-level members, the one with most holders, then the lowest class,
 * then the title (then the id, so the choice is deterministic); without entry-level members, the lowest-class member
 * (then most holders, title, id).
 */
export function entryMember(members: readonly FamilyMember[]): FamilyMember {
  if (members.length === 0) throw new CalcInputError('members', 'a family needs at least one position');
  const entry = members.filter((m) => isEntryLevel(m.kind, m.level));
  if (entry.length > 0) return [...entry].sort((a, b) => b.existing - a.existing || byClass(a, b) || byTitleThenId(a, b))[0];
  return [...members].sort((a, b) => byClass(a, b) || b.existing - a.existing || byTitleThenId(a, b))[0];
}

/**
 * Shares a family's demand per year over its positions: non-entry positions get their own supply, the entry position
 * `max(0, familyDemand[y] − Σ others' supply[y])`. Whenever that remainder is not clipped at 0, Σ demand = familyDemand.
 * Throws CalcInputError (`members`) for an empty family, duplicate position ids, or supply series not as long as familyDemand.
 */
export function allocateFamilyDemand(members: readonly FamilyMember[], familyDemand: readonly number[]): FamilyAllocation {
  const entry = entryMember(members);
  const horizon = familyDemand.length;
  const ids = new Set<string>();
  for (const m of members) {
    if (ids.has(m.positionId)) throw new CalcInputError('members', `position ${m.positionId} appears twice in the family`);
    ids.add(m.positionId);
    if (m.supply.length !== horizon) throw new CalcInputError('members', `position ${m.positionId} has ${m.supply.length} years of supply, the family demand ${horizon}`);
  }

  const demand = new Map<string, number[]>();
  const othersSupply = new Array<number>(horizon).fill(0);
  for (const m of members) {
    if (m === entry) continue;
    demand.set(m.positionId, [...m.supply]);
    m.supply.forEach((s, y) => (othersSupply[y] += s));
  }
  demand.set(
    entry.positionId,
    familyDemand.map((d, y) => Math.max(0, d - othersSupply[y])),
  );
  return { entryPositionId: entry.positionId, demand };
}
