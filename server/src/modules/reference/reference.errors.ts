import { DomainError, NotFoundError, UnprocessableError } from '../../common/problem.js';

export const ruleNotFound = (id: string) => new NotFoundError('REFERENCE_RULE_NOT_FOUND', 'Reference rule', id);
export const ruleMissing = (key: string, on: string) => new UnprocessableError('REFERENCE_RULE_MISSING', `No version of the reference rule ${key} is in force on ${on}.`);
export const invalidNip = (reason: string, code: string) =>
  new DomainError(422, 'INVALID_NIP', 'Invalid NIP', reason, [{ path: 'nip', code: code.toLowerCase(), message: reason }]);
export const invalidNik = (reason: string, code: string) =>
  new DomainError(422, 'INVALID_NIK', 'Invalid NIK', reason, [{ path: 'nik', code: code.toLowerCase(), message: reason }]);
export const effectiveRange = () =>
  new UnprocessableError('REFERENCE_RULE_DATES', 'effectiveTo must be on or after effectiveFrom.', [
    { path: 'effectiveTo', code: 'range', message: 'effectiveTo must be on or after effectiveFrom' },
  ]);
