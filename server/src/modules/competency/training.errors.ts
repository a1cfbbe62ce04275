import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const programNotFound = (id?: string) => new NotFoundError('TRAINING_PROGRAM_NOT_FOUND', 'Training program', id);
export const sessionNotFound = (id?: string) => new NotFoundError('TRAINING_SESSION_NOT_FOUND', 'Training session', id);
export const enrolmentNotFound = (id?: string) => new NotFoundError('TRAINING_ENROLMENT_NOT_FOUND', 'Enrolment', id);
export const activityNotFound = (id?: string) => new NotFoundError('TRAINING_ACTIVITY_NOT_FOUND', 'Development activity', id);

/** An employee named in a body or query who is missing or outside the caller's subtree: 404 naming the field. */
export const employeeFieldNotFound = (field: string) =>
  new DomainError(404, 'EMPLOYEE_NOT_FOUND', 'Employee not found', `${field} does not refer to an employee inside your scope.`, [
    { path: field, code: 'not_found', message: `${field} does not refer to an employee inside your scope` },
  ]);

/** A field that breaks a rule the validators cannot see (dates in order, venue or link…): 400 naming it. */
export const fieldInvalid = (field: string, code: string, message: string) => new ValidationFailedError([{ path: field, code, message }]);

export const programUnknown = (field: string) =>
  new UnprocessableError('TRAINING_PROGRAM_UNKNOWN', `${field} does not refer to an active training program.`, [
    { path: field, code: 'not_found', message: `${field} is not an active program of the catalogue` },
  ]);
export const competencyUnknownForTraining = (field: string) =>
  new UnprocessableError('COMPETENCY_UNKNOWN', 'A competency of the list does not exist.', [
    { path: field, code: 'not_found', message: `${field} is not a competency of the dictionary` },
  ]);
export const prerequisiteInvalid = (field: string, message: string) =>
  new UnprocessableError('TRAINING_PREREQUISITE_INVALID', message, [{ path: field, code: 'prerequisite', message }]);
export const programInUse = () =>
  new ConflictError('TRAINING_PROGRAM_IN_USE', 'Sessions or other programs (as a prerequisite) use this program; deactivate it instead (active: false).');

export const sessionNotManaged = () =>
  new DomainError(403, 'TRAINING_SESSION_NOT_YOURS', 'Forbidden', 'Only planners, administrators and the operators of the organising unit manage this session.');
export const sessionNotOpen = (status: string) =>
  new UnprocessableError('TRAINING_SESSION_NOT_OPEN', `The session is ${status}; only open sessions can change.`, [
    { path: 'status', code: 'state', message: `the session is ${status}` },
  ]);
export const capacityBelowEnrolled = (enrolled: number) =>
  new UnprocessableError('TRAINING_CAPACITY_BELOW_ENROLLED', `${enrolled} people already hold a seat: the capacity cannot go below that.`, [
    { path: 'capacity', code: 'min', message: `capacity must be at least ${enrolled} (seats taken)` },
  ]);
export const datesLocked = () =>
  new UnprocessableError('TRAINING_SESSION_DATES_LOCKED', 'Attendance has been marked: the session dates can no longer change.', [
    { path: 'startsOn', code: 'locked', message: 'dates cannot change once attendance is marked' },
  ]);

export const datesClash = (employeeId: string, otherSessionId: string) =>
  new UnprocessableError('TRAINING_DOUBLE_BOOKING', 'On the new dates a participant would be in two sessions at once.', [
    { path: 'startsOn', code: 'overlap', message: `employee ${employeeId} is in session ${otherSessionId} on those dates` },
  ]);
export const enrolmentClosed = (opens: string, closes: string) =>
  new UnprocessableError('TRAINING_ENROLMENT_CLOSED', `Enrolment is open from ${opens} to ${closes} only.`, [
    { path: 'sessionId', code: 'window', message: `enrolment is open from ${opens} to ${closes}` },
  ]);
export const doubleBooking = (otherSessionId: string, title: string, startsOn: string, endsOn: string) =>
  new UnprocessableError('TRAINING_DOUBLE_BOOKING', `The person is already in "${title}" (${startsOn} – ${endsOn}), whose dates overlap.`, [
    { path: 'sessionId', code: 'overlap', message: `overlaps session ${otherSessionId} (${startsOn} – ${endsOn})` },
  ]);
export const alreadyEnrolled = (status: string) =>
  new ConflictError('TRAINING_ALREADY_ENROLLED', `The person is already in this session (${status}).`, [
    { path: 'employeeId', code: 'duplicate', message: `already ${status} in this session` },
  ]);
export const prerequisiteMissing = (codes: string[]) =>
  new UnprocessableError('TRAINING_PREREQUISITE_MISSING', `Complete the prerequisite programs first: ${codes.join(', ')}.`, [
    { path: 'employeeId', code: 'prerequisite', message: `has not completed ${codes.join(', ')}` },
  ]);
export const selfEnrolmentNeedsEmployee = () =>
  new ValidationFailedError([{ path: 'employeeId', code: 'required', message: 'employeeId is required: your account is not linked to an employee' }]);
export const assignForbidden = () =>
  new DomainError(403, 'FORBIDDEN', 'Forbidden', 'Only operators, planners and administrators enrol other people; enrol yourself without employeeId.');
export const enrolmentTransitionInvalid = (action: string, status: string) =>
  new UnprocessableError('TRAINING_ENROLMENT_TRANSITION_INVALID', `An enrolment that is ${status} cannot be ${action}.`, [
    { path: 'status', code: 'transition', message: `${action} is not allowed from ${status}` },
  ]);
export const ownDecision = () =>
  new UnprocessableError('TRAINING_OWN_DECISION', 'You cannot decide on your own request; another leader or operator must.', [
    { path: 'employeeId', code: 'four_eyes', message: 'the decider must be someone else' },
  ]);

export const attendanceDayOutside = (startsOn: string, endsOn: string) =>
  new UnprocessableError('TRAINING_ATTENDANCE_DAY', `The day must fall within the session (${startsOn} – ${endsOn}) and not in the future.`, [
    { path: 'day', code: 'range', message: `day must be within ${startsOn} – ${endsOn} and not after today` },
  ]);
export const markNotEnrolled = (field: string) =>
  new UnprocessableError('TRAINING_NOT_ENROLLED', `${field} is not an enrolled participant of this session.`, [
    { path: field, code: 'not_enrolled', message: `${field} is not enrolled in this session` },
  ]);
export const duplicateInList = (field: string) => new ValidationFailedError([{ path: field, code: 'duplicate', message: 'each enrolment may appear once' }]);
export const sessionNotOver = (endsOn: string) =>
  new UnprocessableError('TRAINING_SESSION_NOT_OVER', `The session ends on ${endsOn}: complete it on or after that day.`, [
    { path: 'endsOn', code: 'not_over', message: `the session ends on ${endsOn}` },
  ]);

export const activityTransitionInvalid = (action: string, status: string) =>
  new UnprocessableError('TRAINING_ACTIVITY_TRANSITION_INVALID', `An activity that is ${status} cannot be ${action}.`, [
    { path: 'status', code: 'transition', message: `${action} is not allowed from ${status}` },
  ]);
