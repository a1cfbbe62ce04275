import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const applicationNotFound = (id?: string) => new NotFoundError('APPLICATION_NOT_FOUND', 'Application', id);

/** The file is not a readable CSV/XLSX at all (row errors are reported instead). */
export const scoreFileUnreadable = (message: string) =>
  new DomainError(400, 'IMPORT_FILE_INVALID', 'The file cannot be imported', message, [{ path: 'file', code: 'unreadable', message }]);
export const scoreFileEmpty = () =>
  new DomainError(400, 'IMPORT_FILE_EMPTY', 'The file cannot be imported', 'The file has no data rows.', [{ path: 'file', code: 'empty', message: 'the file has no data rows' }]);

/** A real run with bad rows: nothing written, the report attached. */
export const scoreRowsInvalid = (invalidRows: number, totalRows: number, errors: { row: number; column: string; message: string }[], report: unknown) =>
  new DomainError(
    422,
    'IMPORT_ROWS_INVALID',
    'Nothing was imported',
    `${invalidRows} of ${totalRows} rows have errors; fix them and import again. Nothing was written.`,
    errors.slice(0, 1000).map((e) => ({ path: `rows.${e.row}.${e.column}`, code: 'invalid', message: `row ${e.row}, ${e.column}: ${e.message}` })),
    { report },
  );

/** A file that would change scores an earlier import set: only the correction endpoint (with a reason) may. */
export const scoresAlreadyImported = (count: number, errors: { row: number; column: string; message: string }[], report: unknown) =>
  new DomainError(
    409,
    'SCORES_ALREADY_IMPORTED',
    'Conflict',
    `${count} rows would change scores already imported; correct them one by one with a reason (PATCH /recruitment/applications/{id}/scores). Nothing was written.`,
    errors.slice(0, 1000).map((e) => ({ path: `rows.${e.row}.${e.column}`, code: 'already_imported', message: `row ${e.row}, ${e.column}: ${e.message}` })),
    { report },
  );

export const resultPublished = () =>
  new ConflictError('RESULT_PUBLISHED', 'The final result of this round is published: scores can no longer change (publish a correction as a new result instead).');

export const scoreKindMismatch = (kind: string, type: string) =>
  new UnprocessableError('SCORE_KIND_MISMATCH', `${kind.toUpperCase()} scores do not apply to a ${type.toUpperCase()} round.`, [
    { path: 'kind', code: 'round_type', message: `${kind} scores do not apply to a ${type} round` },
  ]);

export const scoreFieldInvalid = (path: string, message: string, code = 'invalid') => new ValidationFailedError([{ path, code, message }]);

export const skdIncomplete = () =>
  new UnprocessableError('SKD_INCOMPLETE', 'TWK, TIU and TKP are all needed: this application has no SKD score yet, so send all three.', [
    { path: 'twk', code: 'required', message: 'twk, tiu and tkp are all needed for an application without SKD scores' },
  ]);
export const pppkIncomplete = () =>
  new UnprocessableError('PPPK_INCOMPLETE', 'Technical, managerial + socio-cultural and interview are all needed: this application has no PPPK score yet.', [
    { path: 'technical', code: 'required', message: 'technical, managerialSocioCultural and interview are all needed for an application without PPPK scores' },
  ]);
