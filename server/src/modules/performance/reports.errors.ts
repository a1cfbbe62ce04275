/** Errors of progress reports and monitoring (issue 7): each names the field or the state it is about. */
import { ConflictError, DomainError, ForbiddenError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

/** A target that does not exist or is outside the caller's reach: 404 naming the target (never 403 for records). */
export const reportTargetNotFound = (id: string) =>
  new DomainError(404, 'TARGET_NOT_FOUND', 'Target not found', `Target ${id} does not exist or is not one of your targets.`, [
    { path: 'targetId', code: 'not_found', message: `target ${id} does not exist or is outside your reach` },
  ]);
export const reportNotFound = (id: string) =>
  new DomainError(404, 'REPORT_NOT_FOUND', 'Report not found', `Report ${id} does not exist or is outside your unit.`, [
    { path: 'reportId', code: 'not_found', message: `report ${id} does not exist or is outside your unit` },
  ]);
export const evidenceNotFound = (id: string) =>
  new DomainError(404, 'EVIDENCE_NOT_FOUND', 'Evidence not found', `Report ${id} has no evidence file.`, [
    { path: 'file', code: 'not_found', message: 'the report has no evidence file' },
  ]);
export const monitoringUnitNotFound = (id: string) =>
  new DomainError(404, 'UNIT_NOT_FOUND', 'Unit not found', `Unit ${id} does not exist or is outside your unit.`, [
    { path: 'unitId', code: 'not_found', message: `unit ${id} does not exist or is outside your unit` },
  ]);
export const monitoringPeriodNotFound = (id?: string) =>
  new DomainError(404, 'PERIOD_NOT_FOUND', 'Performance period not found', id ? `Performance period ${id} does not exist.` : 'There is no performance period yet.', [
    { path: 'periodId', code: 'not_found', message: id ? `period ${id} does not exist` : 'no performance period exists' },
  ]);

/** Someone who may see the plan (a leader, an operator) tries to report on another person's target. */
export const notPlanOwner = () => new ForbiddenError('Only the employee whose plan it is reports progress on its targets.', 'NOT_PLAN_OWNER');
export const notReportDecider = () => new ForbiddenError('Only the direct leader of the employee (or a leader above in the unit tree) decides on a report.', 'NOT_DIRECT_LEADER');

export const planNotApproved = (status: string) =>
  new ConflictError('PLAN_NOT_APPROVED', `The plan is ${status}: progress is reported on approved plans only.`, [
    { path: 'planStatus', code: 'state', message: `the plan is ${status}; it must be approved` },
  ]);
export const reportAlreadyDecided = (status: string) =>
  new ConflictError('REPORT_DECIDED', `The report was already ${status}.`, [
    { path: 'status', code: 'state', message: `the report is ${status}; only pending reports are decided` },
  ]);

export const fieldInvalid = (path: string, code: string, message: string) => new ValidationFailedError([{ path, code, message }]);
export const realisedRequired = () =>
  new ValidationFailedError([{ path: 'realised', code: 'required', message: 'give realised (quantity) or realisedPercent, exactly one of them' }]);
export const commentRequired = () => new ValidationFailedError([{ path: 'comment', code: 'required', message: 'comment is required to return a report' }]);
export const reportedOnOutside = (on: string, start: string, end: string, today: string) =>
  new ValidationFailedError([
    {
      path: 'reportedOn',
      code: 'out_of_range',
      message: `reportedOn ${on} must be within the period (${start} to ${end}) and not after today (${today})`,
    },
  ]);

export const evidenceTooLarge = (size: number, max: number) =>
  new DomainError(413, 'EVIDENCE_TOO_LARGE', 'Payload too large', `The file has ${size} bytes; at most ${max} bytes are accepted.`, [
    { path: 'file', code: 'max_size', message: `file must be at most ${max} bytes` },
  ]);
export const evidenceTypeUnsupported = () =>
  new DomainError(415, 'EVIDENCE_TYPE_UNSUPPORTED', 'Unsupported media type', 'Only JPEG, PNG and PDF files are accepted (checked on the file content).', [
    { path: 'file', code: 'media_type', message: 'file must be a JPEG, PNG or PDF' },
  ]);

export const monitoringRuleInvalid = () =>
  new UnprocessableError('MONITORING_RULE_INVALID', 'The reference rule performance.monitoring has no valid atRiskThreshold (a share between 0 and 1).', [
    { path: 'performance.monitoring.atRiskThreshold', code: 'rule', message: 'atRiskThreshold must be a share between 0 and 1' },
  ]);
