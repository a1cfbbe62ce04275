/** The Kinerja pages' own rules, pure (unit-tested in logic.spec.ts): weights, pace, the live board, ratings. */
import type { MonitoringPerson, Rating, StreamEvent, Target, TargetInput } from './types';

/** A plan's targets must weigh 100 together (±0.01) before it can be submitted. */
export const WEIGHT_TOTAL = 100;
export const WEIGHT_TOLERANCE = 0.01;

export function weightTotal(targets: readonly Pick<TargetInput, 'weight'>[]): number {
  return Math.round(targets.reduce((s, t) => s + (Number.isFinite(t.weight) ? Number(t.weight) : 0), 0) * 100) / 100;
}
export const weightsOk = (total: number) => Math.abs(total - WEIGHT_TOTAL) <= WEIGHT_TOLERANCE + 1e-9;

/** What a plan still lacks before it can be submitted: nothing, no targets, or weights that do not add up to 100. */
export function submitBlocker(targets: readonly Pick<TargetInput, 'weight'>[]): 'noTargets' | 'weights' | null {
  if (!targets.length) return 'noTargets';
  return weightsOk(weightTotal(targets)) ? null : 'weights';
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The last day of a target's window: its deadline, else the period start + `months` months − 1 day, else the period end. */
export function targetWindowEnd(periodStart: string, periodEnd: string, t: Pick<TargetInput, 'deadline' | 'months'>): string {
  if (t.deadline) return t.deadline;
  if (t.months) {
    const [y, m, d] = periodStart.split('-').map(Number);
    const end = Date.UTC(y, m - 1 + t.months, d) / DAY - 1;
    return iso(end);
  }
  return periodEnd;
}

/** The share of the window elapsed by the end of `on` (the same sum as the server's calc/pace.ts). */
export function expectedShare(start: string, end: string, on: string): number {
  const s = dayNumber(start);
  const e = dayNumber(end);
  if (!(e >= s)) return 1;
  const days = e - s + 1;
  return round4(Math.min(Math.max(dayNumber(on) - s + 1, 0), days) / days);
}

export type PaceState = 'done' | 'on_pace' | 'behind' | 'at_risk';
export interface PaceBar {
  /** Realised share in % for the bar's fill (0–100; the text shows the real figure). */
  fill: number;
  /** Expected share in % (where the pace marker stands). */
  marker: number;
  /** Realised share in %, unclamped. */
  realisedPct: number;
  expectedPct: number;
  /** Points behind the pace (negative when ahead). */
  behindPts: number;
  state: PaceState;
}

/** A target's (or a person's) progress bar against the expected pace: shares 0–1 in, percentages out. */
export function paceBar(realisedShare: number | null | undefined, expected: number | null | undefined, atRisk = false): PaceBar {
  const r = Math.max(0, realisedShare ?? 0);
  const x = Math.min(1, Math.max(0, expected ?? 0));
  const pct = (v: number) => Math.round(v * 1000) / 10;
  const state: PaceState = r >= 1 ? 'done' : atRisk ? 'at_risk' : r + 1e-9 >= x ? 'on_pace' : 'behind';
  return { fill: Math.min(100, pct(r)), marker: pct(x), realisedPct: pct(r), expectedPct: pct(x), behindPts: pct(x - r), state };
}

/** The share a report would bring a target to (a quantity, or a percentage of the target's quantity). */
export function shareAfterReport(target: Pick<Target, 'quantity'>, input: { realised?: number | null; realisedPercent?: number | null }): number | null {
  if (input.realisedPercent != null) return round4(input.realisedPercent / 100);
  if (input.realised != null && target.quantity > 0) return round4(input.realised / target.quantity);
  return null;
}

/** A board row, with what the live stream told about it since the page loaded. */
export interface BoardRow extends MonitoringPerson {
  /** The latest report seen on the stream: the target's realised quantity out of its quantity. */
  live?: { realised: number; quantity: number | null; realisedShare: number | null; expected: number | null; targetId: string | null; at: string };
  /** The last event that touched the row (the row is highlighted while `flashUntil` is ahead). */
  lastEvent?: string;
  flashUntil?: number;
}

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** How long a row stays highlighted after a live event. */
export const FLASH_MS = 6000;

/**
 * A live event applied to the board: the person's row is updated in place (a new array, the other rows untouched)
 * and highlighted. Returns the employee whose row changed, or null when the event concerns nobody on this page.
 */
export function applyStreamEvent(rows: readonly BoardRow[], ev: StreamEvent, now = Date.now()): { rows: BoardRow[]; employeeId: string | null } {
  const employeeId = str(ev.data.employeeId);
  const i = employeeId ? rows.findIndex((r) => r.employeeId === employeeId) : -1;
  if (i < 0) return { rows: rows as BoardRow[], employeeId: null };
  const row: BoardRow = { ...rows[i], lastEvent: ev.type, flashUntil: now + FLASH_MS };
  const d = ev.data;
  switch (ev.type) {
    case 'report.submitted': {
      row.reportedThisCheckpoint = true;
      row.lastReportAt = new Date(now).toISOString();
      row.live = {
        realised: num(d.realised) ?? 0,
        quantity: num(d.quantity),
        realisedShare: num(d.realisedShare),
        expected: num(d.expected),
        targetId: str(d.targetId),
        at: row.lastReportAt,
      };
      // a target that turns at risk also sends target.at_risk; this only keeps a first at-risk target visible at once
      if (d.atRisk === true && row.atRiskTargets === 0) row.atRiskTargets = 1;
      break;
    }
    case 'target.at_risk':
      row.atRiskTargets = Math.min(Math.max(row.targets, 1), row.atRiskTargets + 1);
      if (num(d.behind) != null) row.behind = Math.max(row.behind ?? 0, num(d.behind)!);
      break;
    case 'target.back_on_track':
      row.atRiskTargets = Math.max(0, row.atRiskTargets - 1);
      break;
    case 'coaching.opened':
      row.openCoaching += 1;
      break;
    default:
      break;
  }
  const next = rows.slice();
  next[i] = row;
  return { rows: next, employeeId };
}

/**
 * Fresh figures from the server merged into the rows on screen without moving them (a row does not jump under the
 * leader's cursor); what the stream told (`live`, the highlight) is kept. Rows no longer there are dropped; new ones
 * are added at the end.
 */
export function mergeRows(current: readonly BoardRow[], fresh: readonly MonitoringPerson[]): BoardRow[] {
  const byId = new Map(fresh.map((p) => [p.employeeId, p]));
  const kept = current.filter((r) => byId.has(r.employeeId)).map((r) => ({ ...r, ...byId.get(r.employeeId)! }));
  const seen = new Set(kept.map((r) => r.employeeId));
  return [...kept, ...fresh.filter((p) => !seen.has(p.employeeId))];
}

/** The board's order: at-risk people first (most behind first), then those who have not reported, then the rest. */
export function boardOrder(a: MonitoringPerson, b: MonitoringPerson): number {
  const risk = (p: MonitoringPerson) => (p.atRiskTargets > 0 ? 0 : !p.reportedThisCheckpoint ? 1 : 2);
  return risk(a) - risk(b) || (b.behind ?? -1) - (a.behind ?? -1) || a.name.localeCompare(b.name);
}

const RANK: Record<Rating, number> = { above: 2, meets: 1, below: 0 };
/** The behaviour rating the server takes by default: the middle value of the seven ratings, sorted. */
export function medianRating(ratings: readonly Rating[]): Rating | null {
  if (!ratings.length) return null;
  const sorted = [...ratings].sort((a, b) => RANK[a] - RANK[b]);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Whether a date (yyyy-mm-dd) is before today: an open coaching follow-up like this is overdue. */
export const isOverdue = (followUpOn: string | null | undefined, today: string, status: string = 'open') => status === 'open' && !!followUpOn && followUpOn < today;

/** Today in WIB (Asia/Jakarta), yyyy-mm-dd: the server's "today". */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A date `days` after a yyyy-mm-dd date. */
export const addDays = (isoDate: string, days: number) => iso(dayNumber(isoDate) + days);

/** The period a page opens on: the one around today, else the latest that has started, else the first listed. */
export function pickPeriod<T extends { startsOn: string; endsOn: string; year: number }>(periods: readonly T[], today: string): T | null {
  const around = periods.filter((p) => p.startsOn <= today && today <= p.endsOn).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  if (around.length) return around[0];
  const started = periods.filter((p) => p.startsOn <= today).sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return started[0] ?? periods[0] ?? null;
}

/** A target as the input of `PUT /plans/{id}/targets` (ids kept, so its reports survive). */
export function toTargetInput(t: Target): TargetInput {
  return {
    id: t.id,
    ...(t.parentTargetId ? { parentTargetId: t.parentTargetId } : {}),
    title: t.title,
    ...(t.expectation ? { expectation: t.expectation } : {}),
    quantity: t.quantity,
    quantityUnit: t.quantityUnit,
    qualityPct: t.qualityPct,
    ...(t.deadline ? { deadline: t.deadline } : t.months ? { months: t.months } : {}),
    ...(t.cost != null ? { cost: t.cost } : {}),
    weight: t.weight,
  };
}
