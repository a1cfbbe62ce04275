/** Formation plans: budget figures, the slider's scale, line edits, the workflow and its timeline. */
import type { EmploymentType, Plan, PlanLine, PlanStatus, UpdatePlanLine } from './types';

/**
 * The create form's defaults, rupiah: total spending of APBD Kota Semarang 2026 (PPID), and personnel spending on the
 * basis the 30 % cap counts (HKPD): the 29.58 % the head of BKPP reported for 2025 × that total. The raw 2026 line
 * (Rp 1.90 trillion, 32 %) includes items the cap leaves out, such as teacher allowances paid from transfers.
 */
export const APBD_2026 = { cityBudget: 5_860_000_000_000, personnelSpending: 1_733_388_000_000 } as const;
/** The legal cap on personnel spending, % of the city's total spending (UU 1/2022 HKPD, Pasal 146). */
export const PERSONNEL_CAP_PERCENT = 30;

/** A round number at or above `v`: 1, 2 or 5 × a power of ten. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * The budget slider's scale: from 0 to a round number comfortably above the value and what full coverage would cost
 * (so the planner can drag to "everything"), in about 200 steps of a round size.
 */
export function budgetScale(value: number, fullCost = 0): { min: number; max: number; step: number } {
  const top = Math.max(value * 2, fullCost * 1.1, 1_000_000_000);
  const max = niceCeil(top);
  const step = Math.max(1_000_000, niceCeil(max / 200) / 2);
  return { min: 0, max, step };
}

/** What covering the whole shortage would cost a year: the plan's cost plus what is left uncovered. */
export const fullCoverageCost = (plan: Pick<Plan, 'totals'>) => plan.totals.annualCost + plan.totals.uncoveredCost;

/** Cost against the ceiling, 0…1 (can pass 1 when pinned lines cost more than the ceiling). */
export const budgetUse = (plan: Pick<Plan, 'budgetCeiling' | 'totals'>) => (plan.budgetCeiling > 0 ? plan.totals.annualCost / plan.budgetCeiling : 0);

/** Shortage covered, 0…1. */
export const coverage = (plan: Pick<Plan, 'totals'>) => (plan.totals.shortage > 0 ? plan.totals.covered / plan.totals.shortage : 1);

/** A quantity kept within what the line may propose: a whole number from 0 to the line's shortage. */
export function clampQuantity(q: number | null | undefined, line: Pick<PlanLine, 'shortage'>): number {
  const max = Math.max(0, Math.floor(line.shortage));
  if (typeof q !== 'number' || !Number.isFinite(q)) return 0;
  return Math.min(max, Math.max(0, Math.round(q)));
}

/** The editable fields of a line. */
export interface LineEdit {
  quantity?: number;
  employmentType?: EmploymentType;
  educationRequired?: string | null;
  pinned?: boolean;
  excluded?: boolean;
  reason?: string | null;
}

/**
 * What an inline edit of a line sends: the fields that differ from the line as read, with its version; null when
 * nothing changed. A quantity is kept within 0…shortage; excluding a line also sends quantity 0 and unpins it,
 * changing the quantity by hand pins it (so re-optimising keeps the planner's choice).
 */
export function linePatch(line: PlanLine, edit: LineEdit): UpdatePlanLine | null {
  const patch: UpdatePlanLine = { version: line.version };
  if (edit.quantity !== undefined) {
    const q = clampQuantity(edit.quantity, line);
    if (q !== line.quantity) {
      patch.quantity = q;
      if (edit.pinned === undefined && !line.pinned && !line.excluded) patch.pinned = true;
    }
  }
  if (edit.employmentType !== undefined && edit.employmentType !== line.employmentType) patch.employmentType = edit.employmentType;
  if (edit.educationRequired !== undefined) {
    const e = edit.educationRequired?.trim() || null;
    if (e !== (line.educationRequired ?? null)) patch.educationRequired = e;
  }
  if (edit.pinned !== undefined && edit.pinned !== line.pinned) patch.pinned = edit.pinned;
  if (edit.excluded !== undefined && edit.excluded !== line.excluded) {
    patch.excluded = edit.excluded;
    if (edit.excluded) {
      if (line.quantity !== 0) patch.quantity = 0;
      if (line.pinned) patch.pinned = false;
    }
  }
  if (edit.reason !== undefined) {
    const r = edit.reason?.trim() || null;
    if (r !== (line.reason ?? null)) patch.reason = r;
  }
  return Object.keys(patch).length > 1 ? patch : null;
}

/** The workflow actions a page may offer, in the order they are shown. */
export const WORKFLOW_ACTIONS = ['submit', 'verify', 'approve', 'reject', 'copy'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The workflow buttons to show: those the server allows the caller now (`allowedActions`), in a fixed order. */
export const workflowActions = (allowed: readonly string[] | null | undefined): WorkflowAction[] => WORKFLOW_ACTIONS.filter((a) => (allowed ?? []).includes(a));

/** Whether the caller may change the plan's lines and re-optimise it. */
export const canEdit = (plan: Pick<Plan, 'allowedActions'> | null | undefined) => !!plan?.allowedActions.includes('edit');

/** One step of the plan's history. */
export interface TimelineStep {
  kind: 'created' | 'submitted' | 'verified' | 'approved' | 'rejected';
  by: string | null;
  at: string | null;
  /** A rejection's reason. */
  note?: string | null;
  done: boolean;
}

/**
 * The plan's history and what is still to come: created → submitted → verified → approved (or rejected), each with
 * who and when when it happened.
 */
export function planTimeline(plan: Plan): TimelineStep[] {
  const status = plan.status;
  const steps: TimelineStep[] = [
    { kind: 'created', by: plan.createdByName, at: plan.createdAt, done: true },
    { kind: 'submitted', by: plan.submittedByName, at: plan.submittedAt, done: !!plan.submittedAt },
    { kind: 'verified', by: plan.verifiedByName, at: plan.verifiedAt, done: !!plan.verifiedAt },
  ];
  if (status === 'rejected') steps.push({ kind: 'rejected', by: plan.decidedByName, at: plan.decidedAt, note: plan.rejectionReason, done: true });
  else steps.push({ kind: 'approved', by: plan.decidedByName, at: plan.decidedAt, done: status === 'approved' });
  // a plan rejected before verification skips that step
  return status === 'rejected' ? steps.filter((s) => s.kind !== 'verified' || s.done) : steps;
}

/** Tag severity of a plan status (the label always says the status too: colour is never the only signal). */
export const STATUS_SEVERITY: Record<PlanStatus, 'secondary' | 'info' | 'warn' | 'success' | 'danger'> = {
  draft: 'secondary',
  submitted: 'info',
  verified: 'warn',
  approved: 'success',
  rejected: 'danger',
};
export const STATUS_ICON: Record<PlanStatus, string> = {
  draft: 'pi pi-pencil',
  submitted: 'pi pi-send',
  verified: 'pi pi-check',
  approved: 'pi pi-verified',
  rejected: 'pi pi-times-circle',
};
