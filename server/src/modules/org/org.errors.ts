import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const unitNotFound = (id?: string) => new NotFoundError('ORG_UNIT_NOT_FOUND', 'Unit', id);
export const positionNotFound = (id?: string) => new NotFoundError('POSITION_NOT_FOUND', 'Position', id);
export const driverNotFound = (id?: string) => new NotFoundError('SERVICE_DRIVER_NOT_FOUND', 'Service driver', id);
/** A unit referenced from a body that is missing or outside the caller's subtree: 404, like any record outside it, naming the field. */
export const unitOutOfScope = (field = 'unitId') =>
  new DomainError(404, 'ORG_UNIT_NOT_FOUND', 'Unit not found', `${field} does not refer to a unit inside your scope.`, [
    { path: field, code: 'not_found', message: `${field} does not refer to a unit inside your scope` },
  ]);
export const parentOutOfScope = (field = 'parentId') => unitOutOfScope(field);
export const moveIntoOwnSubtree = () =>
  new UnprocessableError('ORG_UNIT_CYCLE', 'A unit cannot be moved under itself or one of its descendants.', [
    { path: 'parentId', code: 'cycle', message: 'parentId is the unit itself or below it' },
  ]);
export const unitInUse = () => new ConflictError('ORG_UNIT_IN_USE', 'The unit still has child units, positions, employees or users; move or remove them first.');
export const positionInUse = () => new ConflictError('POSITION_IN_USE', 'Employees still hold this position; move them first.');
export const functionalLevelRequired = () =>
  new ValidationFailedError([{ path: 'functionalLevel', code: 'required', message: 'functionalLevel is required for a fungsional position and allowed only there' }]);
