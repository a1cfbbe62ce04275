import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

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
