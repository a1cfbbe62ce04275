/** Errors of the citizens' feedback (IKM) and the unit performance view (issue 7): each names the field it is about. */
import { ConflictError, DomainError, TooManyRequestsError, ValidationFailedError } from '../../common/problem.js';

export const ikmServiceNotFound = (idOrCode: string, path = 'serviceId') =>
  new DomainError(404, 'SERVICE_NOT_FOUND', 'Service not found', `Service ${idOrCode} does not exist, is not active or is outside your unit.`, [
    { path, code: 'not_found', message: `service ${idOrCode} does not exist or is not active` },
  ]);

export const ikmUnitNotFound = (id: string) =>
  new DomainError(404, 'UNIT_NOT_FOUND', 'Unit not found', `Unit ${id} does not exist or is outside your unit.`, [
    { path: 'unitId', code: 'not_found', message: `unit ${id} does not exist or is outside your unit` },
  ]);

export const ikmCommentNotFound = (id: string) =>
  new DomainError(404, 'COMMENT_NOT_FOUND', 'Comment not found', `Response ${id} has no comment, does not exist or is outside your unit.`, [
    { path: 'responseId', code: 'not_found', message: `response ${id} has no comment or is outside your unit` },
  ]);

export const ikmPeriodNotFound = (id?: string) =>
  new DomainError(
    404,
    'PERIOD_NOT_FOUND',
    'Performance period not found',
    id ? `Performance period ${id} does not exist.` : 'No performance period contains the day asked about.',
    [{ path: 'periodId', code: 'not_found', message: id ? `period ${id} does not exist` : 'no period contains that day: send periodId' }],
  );

export const ikmServiceCodeTaken = (code: string) =>
  new ConflictError('SERVICE_CODE_TAKEN', `A service with code ${code} already exists.`, [{ path: 'code', code: 'unique', message: `code ${code} is already used` }]);

/** The same answers (and comment) from the same device, or address, within the duplicate window. */
export const duplicateFeedback = (minutes: number) =>
  new ConflictError('DUPLICATE_FEEDBACK', `The same answers were already received from this device within the last ${minutes} minutes.`, [
    { path: 'answers', code: 'duplicate', message: 'these answers were already sent' },
  ]);

export const deviceLimitReached = (limit: number, retryAfter: number) =>
  new TooManyRequestsError('FEEDBACK_DEVICE_LIMIT', `This device has sent ${limit} responses in the last 24 hours; try again in ${retryAfter} s.`, retryAfter);

export const addressLimitReached = (limit: number, retryAfter: number) =>
  new TooManyRequestsError('FEEDBACK_ADDRESS_LIMIT', `This network address has sent ${limit} responses in the last hour; try again in ${retryAfter} s.`, retryAfter);

export const feedbackInvalid = (errors: { path: string; code: string; message: string }[]) => new ValidationFailedError(errors, 'The feedback has invalid fields.');
