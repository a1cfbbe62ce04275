import { ConflictError, DomainError, NotFoundError, UnprocessableError } from '../../common/problem.js';

export const positionNotFoundForNeeds = (id?: string) => new NotFoundError('POSITION_NOT_FOUND', 'Position', id);
export const taskNotFound = (id?: string) => new NotFoundError('NEEDS_TASK_NOT_FOUND', 'Workload task', id);
export const normNotFound = (id?: string) => new NotFoundError('NEEDS_NORM_NOT_FOUND', 'Ratio norm', id);
export const studyNotFound = (id?: string) => new NotFoundError('NEEDS_WISN_STUDY_NOT_FOUND', 'WISN study', id);
export const scenarioNotFound = (id?: string) => new NotFoundError('NEEDS_SCENARIO_NOT_FOUND', 'Scenario', id);
export const planNotFound = (id?: string) => new NotFoundError('NEEDS_PLAN_NOT_FOUND', 'Formation plan', id);
export const planLineNotFound = (id?: string) => new NotFoundError('NEEDS_PLAN_LINE_NOT_FOUND', 'Plan line', id);

/** A body field naming a position that is missing or outside the caller's subtree: 404 naming the field. */
export const positionFieldNotFound = (field: string) =>
  new DomainError(404, 'POSITION_NOT_FOUND', 'Position not found', `${field} does not refer to a position inside your scope.`, [
    { path: field, code: 'not_found', message: `${field} does not refer to a position inside your scope` },
  ]);

export const normTargetInvalid = () =>
  new UnprocessableError('NEEDS_NORM_TARGET', 'A norm applies either to one position (positionId) or to a job family in units of a kind (family and unitKind).', [
    { path: 'positionId', code: 'target', message: 'give positionId, or family with unitKind' },
  ]);
export const normFieldRequired = (field: string, basis: string) =>
  new UnprocessableError('NEEDS_NORM_FIELD_REQUIRED', `${field} is required for a ${basis} norm.`, [
    { path: field, code: 'required', message: `${field} is required for basis ${basis}` },
  ]);
export const familyNormPlannersOnly = () =>
  new DomainError(403, 'NEEDS_FAMILY_NORM_PLANNERS_ONLY', 'Forbidden', 'Family norms apply city-wide: only planners and administrators may write them.');

export const planNotEditable = (status: string) =>
  new UnprocessableError('NEEDS_PLAN_NOT_EDITABLE', `The plan is ${status}: only drafts can be changed. Copy it to start a new revision.`);
export const planTransitionInvalid = (action: string, status: string) =>
  new UnprocessableError(
    'NEEDS_PLAN_TRANSITION_INVALID',
    `A plan that is ${status} cannot be ${action === 'submit' ? 'submitted' : action + (action.endsWith('e') ? 'd' : 'ed')}.`,
    [{ path: 'status', code: 'transition', message: `${action} is not allowed from ${status}` }],
  );
export const fourEyes = () =>
  new UnprocessableError('NEEDS_PLAN_FOUR_EYES', 'The plan must be approved by someone other than the person who submitted it.', [
    { path: 'approvedBy', code: 'four_eyes', message: 'the approver must differ from the submitter' },
  ]);
export const lineAboveShortage = (shortage: number) =>
  new UnprocessableError('NEEDS_PLAN_LINE_ABOVE_SHORTAGE', `A line may propose at most the position's shortage (${shortage}).`, [
    { path: 'quantity', code: 'max', message: `quantity must not exceed the shortage (${shortage})` },
  ]);
export const noShortage = () =>
  new UnprocessableError('NEEDS_PLAN_NO_SHORTAGE', 'This position has no shortage in the plan year; it cannot be added to the plan.', [
    { path: 'positionId', code: 'no_shortage', message: 'the position has no shortage in the plan year' },
  ]);
export const lineExists = () => new ConflictError('NEEDS_PLAN_LINE_EXISTS', 'The plan already has a line for this position and employment type; edit it instead.');
export const planYearOutOfHorizon = () =>
  new UnprocessableError('NEEDS_PLAN_YEAR', 'The plan year must fall within the analysis horizon (base year … base year + horizon − 1).', [
    { path: 'year', code: 'range', message: 'year must be within baseYear … baseYear + horizon − 1' },
  ]);
export const operatorNeedsUnit = () =>
  new UnprocessableError('NEEDS_PLAN_UNIT_REQUIRED', 'Operators draft plans for their own unit: give orgUnitId.', [
    { path: 'orgUnitId', code: 'required', message: 'orgUnitId is required' },
  ]);
