import { ConflictError, DomainError, ForbiddenError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const competencyNotFound = (id?: string) => new NotFoundError('COMPETENCY_NOT_FOUND', 'Competency', id);
export const employeeNotFoundForCompetency = (id?: string) => new NotFoundError('EMPLOYEE_NOT_FOUND', 'Employee', id);

/** A position that is missing or outside the caller's subtree: 404, naming the body field when it came from one. */
export const positionNotFoundForCompetency = (id: string, field?: string) =>
  field
    ? new DomainError(404, 'POSITION_NOT_FOUND', 'Position not found', `${field} does not refer to a position inside your scope.`, [
        { path: field, code: 'not_found', message: `${field} does not refer to a position inside your scope` },
      ])
    : new NotFoundError('POSITION_NOT_FOUND', 'Position', id);

export const competencyUnknown = (field: string) =>
  new UnprocessableError('COMPETENCY_UNKNOWN', 'A competency of the list does not exist.', [
    { path: field, code: 'not_found', message: `${field} is not a competency of the dictionary` },
  ]);
export const standardDuplicate = (field: string) =>
  new ValidationFailedError([{ path: field, code: 'duplicate', message: 'each competency may appear once' }], 'A competency appears twice in the list.');
export const competencyInUse = () => new ConflictError('COMPETENCY_IN_USE', 'Position standards or assessments use this competency; deactivate it instead.');
export const assessmentDateInvalid = (field: string, message: string) => new ValidationFailedError([{ path: field, code: 'date', message }]);
export const jpmProblem = (field: string, message: string) => new ValidationFailedError([{ path: field, code: 'level', message }]);

// ── development plans ──
export const planNotFound = (id: string) => new NotFoundError('DEVELOPMENT_PLAN_NOT_FOUND', 'Development plan', id);
export const planExists = () =>
  new ConflictError('DEVELOPMENT_PLAN_EXISTS', 'This unit already has a development plan for that year; edit it instead.', [
    { path: 'year', code: 'duplicate', message: 'the unit already has a plan for this year' },
  ]);
export const planFrozen = () => new UnprocessableError('DEVELOPMENT_PLAN_FROZEN', 'The plan is approved and can no longer change.');
export const planOverBudget = (cost: number, budget: number) =>
  new UnprocessableError('DEVELOPMENT_PLAN_OVER_BUDGET', `The lines cost Rp ${cost.toLocaleString('id-ID')}, more than the budget of Rp ${budget.toLocaleString('id-ID')}.`, [
    { path: 'budget', code: 'over_budget', message: `the lines cost ${cost}, more than the budget ${budget}` },
  ]);
export const lineProblem = (path: string, code: string, message: string) => new UnprocessableError('DEVELOPMENT_PLAN_LINE_INVALID', message, [{ path, code, message }]);
export const notApprover = () =>
  new ForbiddenError('Only the leader of the plan’s unit (or of a unit above it) or an administrator approves a development plan.', 'DEVELOPMENT_PLAN_APPROVER');

// ── certificates ──
export const certificateEnrolmentNotFound = (id: string) => new NotFoundError('TRAINING_ENROLMENT_NOT_FOUND', 'Enrolment', id);
export const certificateNotAvailable = () =>
  new UnprocessableError('CERTIFICATE_NOT_AVAILABLE', 'A certificate exists only for a completed enrolment that has been given a certificate code.');
/** The same body for every unknown, malformed or withdrawn code, so codes cannot be enumerated. */
export const certificateUnknown = () => new DomainError(404, 'CERTIFICATE_NOT_FOUND', 'Not found', 'No valid certificate has this code.');
