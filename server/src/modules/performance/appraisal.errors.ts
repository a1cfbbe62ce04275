/**
 * Errors of the appraisal part of the performance module: coaching dialogues, evaluations (checkpoint and annual),
 * unit ratings, the distribution check and the lock. Every error names the field it is about.
 */
import { ConflictError, DomainError, ForbiddenError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';
import type { DistributionViolation } from './calc/distribution.js';

export const coachingNotFound = (id?: string) => new NotFoundError('COACHING_NOT_FOUND', 'Coaching dialogue', id);
export const employeeNotFound = (id?: string) => new NotFoundError('EMPLOYEE_NOT_FOUND', 'Employee', id);
export const unitNotFound = (id?: string) => new NotFoundError('UNIT_NOT_FOUND', 'Unit', id);
export const evaluationNotFound = (checkpoint: number) =>
  new DomainError(
    404,
    'EVALUATION_NOT_FOUND',
    'Evaluation not found',
    `The plan has no ${checkpoint === 0 ? 'annual' : `checkpoint ${checkpoint}`} evaluation yet: save one first.`,
    [{ path: 'checkpoint', code: 'not_found', message: `no evaluation for checkpoint ${checkpoint}` }],
  );

export const selfCoaching = () => new ForbiddenError('A coaching dialogue is opened by the employee’s leader chain or an operator, not for yourself.', 'SELF_COACHING');

export const targetNotOfEmployee = () =>
  new UnprocessableError('TARGET_NOT_OF_EMPLOYEE', 'The target is not a target of this employee’s plan for the period.', [
    { path: 'targetId', code: 'other_plan', message: 'targetId must be a target of the employee’s plan in periodId' },
  ]);

export const outcomeRequired = () =>
  new UnprocessableError('OUTCOME_REQUIRED', 'A coaching dialogue is closed with its outcome.', [
    { path: 'outcome', code: 'required', message: 'outcome is required to close the dialogue' },
  ]);

export const coachingClosed = () =>
  new ConflictError('COACHING_CLOSED', 'The coaching dialogue is closed: reopen it (status open) to change it.', [
    { path: 'status', code: 'closed', message: 'the dialogue is closed' },
  ]);

export const notDirectLeader = () => new ForbiddenError('Only the direct leader (or a planner or administrator) evaluates this plan.', 'NOT_DIRECT_LEADER');

export const planNotApproved = () =>
  new ConflictError('PLAN_NOT_APPROVED', 'Only an approved plan is evaluated.', [{ path: 'planId', code: 'not_approved', message: 'the plan is not approved' }]);

export const checkpointOutOfRange = (max: number) =>
  new ValidationFailedError([{ path: 'checkpoint', code: 'out_of_range', message: `checkpoint must be 0 (annual) or 1…${max} for this period` }]);

export const resultRatingRequired = () => new ValidationFailedError([{ path: 'resultRating', code: 'required', message: 'resultRating is required (above, meets or below)' }]);

export const versionRequired = () =>
  new ValidationFailedError([{ path: 'version', code: 'required', message: 'version is required to change an existing evaluation (send the version you read)' }]);

export const unitRatingRequired = (path = 'resultRating') =>
  new UnprocessableError(
    'UNIT_RATING_REQUIRED',
    path === 'resultRating'
      ? 'The head of a unit is rated by the unit’s own rating for the period: set the unit rating first.'
      : 'Set the unit’s rating for the period before locking its results.',
    [{ path, code: 'unit_rating_required', message: path === 'resultRating' ? 'the unit has no rating for this period' : 'rating is not set' }],
  );

export const unitLocked = () =>
  new ConflictError('UNIT_LOCKED', 'The annual results of this unit are locked: evaluations and the unit rating can no longer change.', [
    { path: 'unit', code: 'locked', message: 'the unit’s results are locked for this period' },
  ]);

export const evaluationFinal = () =>
  new ConflictError('EVALUATION_FINAL', 'The evaluation is already final.', [{ path: 'checkpoint', code: 'final', message: 'the evaluation is final' }]);

export const coachingRequired = (predicate: string) =>
  new UnprocessableError('COACHING_REQUIRED', `An annual predicate of ${predicate} is finalised only after a coaching dialogue is recorded for the employee in this period.`, [
    { path: 'coaching', code: 'required', message: `record a coaching dialogue (cause, agreed actions, follow-up) before finalising ${predicate}` },
  ]);

export const evaluationsMissing = (missing: { name: string; status: string }[]) =>
  new UnprocessableError(
    'EVALUATIONS_MISSING',
    `${missing.length} of the unit’s staff have no final annual evaluation: ${missing
      .slice(0, 10)
      .map((m) => `${m.name} (${m.status === 'draft' ? 'draft' : 'none'})`)
      .join(', ')}${missing.length > 10 ? ', …' : ''}.`,
    [{ path: 'evaluations', code: 'missing', message: `${missing.length} staff without a final annual evaluation` }],
  );

export const noStaff = () =>
  new UnprocessableError('EVALUATIONS_MISSING', 'The unit has no plan in this period: there is nothing to lock.', [
    { path: 'evaluations', code: 'empty', message: 'no staff plan in this period' },
  ]);

const PREDICATE_WORDS: Record<string, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

/** The group key of a violation, as the rule names it: `baik`, `butuh_perbaikan_or_kurang`. */
export const groupKey = (v: Pick<DistributionViolation, 'predicates'>) => v.predicates.join('_or_');

/** "at most 7 of 10 may be Baik (70%); 8 are" */
export function violationMessage(v: DistributionViolation, total: number): string {
  const what = v.predicates.map((p) => PREDICATE_WORDS[p] ?? p).join(' or ');
  const share = v.share === null ? '' : ` (${Math.round(v.share * 100)}%)`;
  return v.kind === 'max' ? `at most ${v.limit} of ${total} may be ${what}${share}; ${v.actual} are` : `at least ${v.limit} of ${total} must be ${what}${share}; ${v.actual} are`;
}

export const distributionViolated = (violations: DistributionViolation[], total: number, counts: Record<string, number>) =>
  new DomainError(
    409,
    'DISTRIBUTION_VIOLATED',
    'Conflict',
    `The unit’s distribution of predicates breaks the limits for its rating: ${violations.map((v) => violationMessage(v, total)).join('; ')}.`,
    violations.map((v) => ({ path: `distribution.${groupKey(v)}`, code: v.kind, message: violationMessage(v, total) })),
    { counts, total, violations: violations.map((v) => ({ ...v, group: groupKey(v) })) },
  );
