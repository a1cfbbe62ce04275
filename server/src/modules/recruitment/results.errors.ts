import { ConflictError, DomainError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';

export const resultNotFound = (id?: string) => new NotFoundError('RESULT_NOT_FOUND', 'Published result', id);
/** Public: no publication of that stage lists the vacancy (or the round is not public). */
export const announcementNotFound = () => new NotFoundError('ANNOUNCEMENT_NOT_FOUND', 'Announcement');

export const rankOutdated = (ranked: boolean) =>
  new ConflictError(
    'RANK_OUTDATED',
    ranked
      ? 'Applications changed after the last ranking: rank the round again (POST /recruitment/rounds/{id}/rank) before publishing the final result.'
      : 'The round has not been ranked: rank it (POST /recruitment/rounds/{id}/rank) before publishing the final result.',
  );
export const roundNotOpen = () =>
  new UnprocessableError('ROUND_NOT_PUBLISHED', 'A draft round has nothing to announce: publish the round first.', [
    { path: 'id', code: 'state', message: 'the round is a draft' },
  ]);
export const stageNotForRound = (stage: string) =>
  new UnprocessableError('RESULT_STAGE_INVALID', `A PPPK round has no ${stage.toUpperCase()} stage.`, [
    { path: 'stage', code: 'round_type', message: `${stage} does not apply to a PPPK round` },
  ]);
/** The database refused to change a published row (trigger): publications are immutable. */
export const resultImmutable = () => new ConflictError('RESULT_IMMUTABLE', 'A published result cannot be changed or deleted: publish a new result instead.');

export const alreadyAppointed = () => new ConflictError('ALREADY_APPOINTED', 'This application has already been appointed.');
export const notPassed = (stage: string) =>
  new UnprocessableError('APPLICATION_NOT_PASSED', `Only an application that passed the final ranking can be appointed; this one is ${stage}.`, [
    { path: 'id', code: 'state', message: `the application is ${stage}` },
  ]);
export const finalNotPublished = () =>
  new UnprocessableError('RESULT_NOT_PUBLISHED', 'Appointments follow the published final result: publish it first (POST /recruitment/rounds/{id}/results, stage final).', [
    { path: 'id', code: 'state', message: 'the round has no published final result' },
  ]);
export const vacancyFull = (seats: number) =>
  new ConflictError('VACANCY_FULL', `All ${seats} seats of this vacancy are already filled by appointments.`, [
    { path: 'id', code: 'seats', message: `${seats} seats, all appointed` },
  ]);
export const nipTaken = () =>
  new DomainError(409, 'NIP_TAKEN', 'Conflict', 'An employee with this NIP already exists.', [{ path: 'nip', code: 'unique', message: 'an employee already holds this NIP' }]);
export const appointmentFieldInvalid = (path: string, code: string, message: string) => new ValidationFailedError([{ path, code, message }]);
