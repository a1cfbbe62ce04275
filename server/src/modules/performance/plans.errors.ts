/**
 * Errors of the periods and plans endpoints. Every one names the field at fault (problem+json `errors[]`).
 * Records outside the caller's scope are 404s (performance.repo: periodNotFound, planNotFound).
 */
import { ConflictError, DomainError, ForbiddenError, UnprocessableError, ValidationFailedError, type FieldError } from '../../common/problem.js';

export const periodDatesInvalid = () =>
  new ValidationFailedError([{ path: 'endsOn', code: 'after_starts_on', message: 'endsOn must be on or after startsOn' }], 'The period ends before it starts.');

export const periodNotFoundFor = (id: string) =>
  new DomainError(404, 'PERIOD_NOT_FOUND', 'Performance period not found', `Performance period ${id} does not exist.`, [
    { path: 'periodId', code: 'not_found', message: `period ${id} does not exist` },
  ]);

export const periodClosed = () =>
  new ConflictError('PERIOD_CLOSED', 'The period is closed: its plans can no longer change.', [{ path: 'periodId', code: 'closed', message: 'the period is closed' }]);

export const employeeNotFoundForPlan = (id: string) =>
  new DomainError(404, 'EMPLOYEE_NOT_FOUND', 'Employee not found', `Employee ${id} does not exist, is not active or is outside your unit.`, [
    { path: 'employeeId', code: 'not_found', message: `employee ${id} does not exist or is outside your unit` },
  ]);

export const employeeRequired = () =>
  new ValidationFailedError([{ path: 'employeeId', code: 'required', message: 'employeeId is required: your account is not linked to an employee' }]);

export const unitNotFoundForPlans = (id: string, field = 'unitId') =>
  new DomainError(404, 'UNIT_NOT_FOUND', 'Unit not found', `Unit ${id} does not exist or is outside your unit.`, [
    { path: field, code: 'not_found', message: `unit ${id} does not exist or is outside your unit` },
  ]);

export const positionNotFoundForPlans = (id: string) =>
  new DomainError(404, 'POSITION_NOT_FOUND', 'Position not found', `Position ${id} does not exist or is outside the unit.`, [
    { path: 'positionId', code: 'not_found', message: `position ${id} does not exist in the unit's subtree` },
  ]);

export const planExists = (planId: string) =>
  new ConflictError('PLAN_EXISTS', 'The employee already has a plan for this period.', [
    { path: 'employeeId', code: 'duplicate', message: `plan ${planId} already exists for this period` },
  ]);

/** A state that forbids the action: PLAN_APPROVED, PLAN_SUBMITTED, PLAN_NOT_SUBMITTED, PLAN_NOT_APPROVED. */
export const planState = (status: string, action: string) => {
  const code = status === 'approved' ? 'PLAN_APPROVED' : status === 'submitted' ? 'PLAN_SUBMITTED' : 'PLAN_DRAFT';
  const hint = status === 'approved' && action === 'edit' ? ' An approved plan changes only through a revision with a reason (POST /performance/plans/{id}/revise).' : '';
  return new ConflictError(code, `The plan is ${status}: it cannot be ${action === 'edit' ? 'edited' : action}.${hint}`, [
    { path: 'status', code: 'state', message: `${action} is not allowed while the plan is ${status}` },
  ]);
};

export const planNotSubmitted = (status: string, action: string) =>
  new ConflictError(status === 'approved' ? 'PLAN_APPROVED' : 'PLAN_NOT_SUBMITTED', `The plan is ${status}: only a submitted plan can be ${action}.`, [
    { path: 'status', code: 'state', message: `the plan is ${status}` },
  ]);

export const planNotApproved = (status: string) =>
  new ConflictError('PLAN_NOT_APPROVED', `The plan is ${status}: only an approved plan is revised (edit a draft directly).`, [
    { path: 'status', code: 'state', message: `the plan is ${status}` },
  ]);

export const notPlanOwner = () => new ForbiddenError('Only the plan’s employee may submit it.', 'NOT_PLAN_OWNER');

export const notDirectLeader = () => new ForbiddenError('Only the employee’s direct leader may approve or return the plan.', 'NOT_DIRECT_LEADER');

export const notOwnerOrLeader = () => new ForbiddenError('Only the plan’s employee or their direct leader may revise it.', 'NOT_OWNER_OR_LEADER');

export const targetsNotEditable = () => new ForbiddenError('Only the employee, their leader (expectations) or an operator in scope may edit the targets.', 'TARGETS_NOT_EDITABLE');

export const leaderExpectationsOnly = (errors: FieldError[]) =>
  new DomainError(403, 'LEADER_EXPECTATIONS_ONLY', 'Forbidden', 'As the leader you may set the expectations of the existing targets; the employee edits the rest.', errors);

export const weightsNot100 = (total: number) =>
  new UnprocessableError('WEIGHTS_NOT_100', `The target weights add up to ${total}; they must add up to 100 before the plan is submitted.`, [
    { path: 'targets', code: 'weights_sum', message: `the weights add up to ${total}, not 100` },
  ]);

export const planWithoutTargets = () =>
  new UnprocessableError('PLAN_WITHOUT_TARGETS', 'Add at least one target before submitting the plan.', [{ path: 'targets', code: 'min', message: 'the plan has no target' }]);

export const noDirectLeader = () =>
  new UnprocessableError('NO_DIRECT_LEADER', 'No direct leader is in post for this employee (no head of the unit or of a unit above).', [
    { path: 'leaderEmployeeId', code: 'not_found', message: 'no head in post above the employee' },
  ]);

export const targetsInvalid = (errors: FieldError[]) => new UnprocessableError('TARGETS_INVALID', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);

export const targetsBad = (errors: FieldError[]) => new ValidationFailedError(errors);
