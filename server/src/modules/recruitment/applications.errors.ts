import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const applicationNotFound = (id?: string) => new NotFoundError('APPLICATION_NOT_FOUND', 'Application', id);
export const applicantNotFound = (id?: string) => new NotFoundError('APPLICANT_NOT_FOUND', 'Applicant', id);
export const appealNotFound = (id?: string) => new NotFoundError('APPEAL_NOT_FOUND', 'Appeal', id);
export const documentNotFound = (kind: string) =>
  new DomainError(404, 'DOCUMENT_NOT_FOUND', 'Document not found', `No document of kind ${kind} was uploaded for this application.`);

/**
 * Public routes (documents, appeals, status): an unknown registration number, a wrong access code or a wrong birth date
 * all answer this same body, so registration numbers cannot be enumerated.
 */
export const publicApplicationNotFound = () =>
  new DomainError(404, 'APPLICATION_NOT_FOUND', 'Application not found', 'No application matches this registration number and the credentials given.');

/** A field that breaks a rule the validators cannot see (NIK, birth date vs NIK, GPA scale…): 400 naming it. */
export const fieldInvalid = (field: string, code: string, message: string) => new ValidationFailedError([{ path: field, code, message }]);

export const registrationClosed = (opens: string, closes: string) =>
  new ConflictError('REGISTRATION_CLOSED', `Pendaftaran seleksi ini dibuka ${opens} s.d. ${closes}.`, [
    { path: 'registrationWindow', code: 'window', message: `registration is open from ${opens} to ${closes}` },
  ]);
export const roundNotOpen = (status: string) =>
  new ConflictError('ROUND_NOT_OPEN', `The round is ${status}: registration is closed.`, [{ path: 'roundId', code: 'state', message: `the round is ${status}` }]);

export const vacancyNotInRound = () =>
  new UnprocessableError('VACANCY_NOT_IN_ROUND', 'The vacancy does not belong to this round.', [
    { path: 'vacancyId', code: 'not_in_round', message: 'vacancyId is not a vacancy of this round' },
  ]);
export const vacancyClosed = () =>
  new UnprocessableError('VACANCY_CLOSED', 'The vacancy is closed to new applications.', [{ path: 'vacancyId', code: 'closed', message: 'the vacancy is closed' }]);
export const noSeatsForCategory = (category: string) =>
  new UnprocessableError('CATEGORY_HAS_NO_SEATS', `Formasi ini tidak memiliki alokasi untuk kategori ${category}.`, [
    { path: 'category', code: 'no_seats', message: `the vacancy has no seats for category ${category}` },
  ]);

/** A second application of the same NIK in a round. Does not name the other registration number (anonymous caller). */
export const applicationExists = () =>
  new ConflictError('APPLICATION_EXISTS', 'NIK sudah terdaftar pada seleksi ini: satu pelamar hanya boleh mendaftar satu kali pada satu seleksi.', [
    { path: 'nik', code: 'duplicate', message: 'the NIK is already registered in this round' },
  ]);

export const documentKindUnknown = (kinds: string[]) =>
  new ValidationFailedError([{ path: 'kind', code: 'is_in', message: `kind must be one of the round's documents: ${kinds.join(', ')}` }]);
export const documentRequired = () => new ValidationFailedError([{ path: 'file', code: 'required', message: 'file is required (multipart field "file")' }]);
export const documentTooLarge = (size: number, max: number) =>
  new DomainError(413, 'DOCUMENT_TOO_LARGE', 'Payload too large', `The file has ${size} bytes; at most ${max} bytes are accepted.`, [
    { path: 'file', code: 'max_size', message: `file must be at most ${max} bytes` },
  ]);
export const documentTypeUnsupported = () =>
  new DomainError(415, 'DOCUMENT_TYPE_UNSUPPORTED', 'Unsupported media type', 'Only PDF and JPEG files are accepted (checked on the file content).', [
    { path: 'file', code: 'media_type', message: 'file must be a PDF or a JPEG' },
  ]);

export const checklistInvalid = (path: string, message: string) => new ValidationFailedError([{ path, code: 'checklist', message }]);
export const adminDecisionLocked = (reason: string) => new ConflictError('ADMIN_DECISION_LOCKED', reason, [{ path: 'stage', code: 'locked', message: reason }]);

export const appealNotAllowed = (stage: string) =>
  new ConflictError('APPEAL_NOT_ALLOWED', 'Sanggah hanya dapat diajukan atas hasil seleksi administrasi TMS.', [
    { path: 'registrationNumber', code: 'state', message: `the application is ${stage}; only admin_failed applications may appeal` },
  ]);
export const appealWindowClosed = (opens: string, closes: string) =>
  new ConflictError('APPEAL_WINDOW_CLOSED', `Masa sanggah seleksi ini ${opens} s.d. ${closes}.`, [
    { path: 'appealWindow', code: 'window', message: `appeals are accepted from ${opens} to ${closes}` },
  ]);
export const appealPending = () =>
  new ConflictError('APPEAL_PENDING', 'Sanggah sebelumnya masih menunggu jawaban panitia.', [{ path: 'registrationNumber', code: 'pending', message: 'an appeal is pending' }]);
export const appealAlreadyAnswered = (status: string) =>
  new ConflictError('APPEAL_ALREADY_ANSWERED', `The appeal was already answered (${status}).`, [{ path: 'status', code: 'state', message: `the appeal is ${status}` }]);
export const appealDeadlinePassed = (answerBy: string) =>
  new ConflictError('APPEAL_DEADLINE_PASSED', `Appeals had to be answered by ${answerBy}.`, [
    { path: 'appealAnswerBy', code: 'deadline', message: `the answer deadline ${answerBy} has passed` },
  ]);
