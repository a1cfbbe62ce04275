import { ConflictError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/problem.js';
import type { FieldError } from '../../common/problem.js';

export { roundNotFound, vacancyNotFound } from './recruitment.repo.js';

export const amendmentNotFound = (id?: string) => new NotFoundError('ROUND_AMENDMENT_NOT_FOUND', 'Round amendment', id);

/** Rules or schedule that break a rule of their own (weights, order of dates…): 400 naming every field. */
export const roundInvalid = (errors: FieldError[]) => new ValidationFailedError(errors, 'The round has invalid fields.');

export const roundCodeTaken = (code: string) =>
  new ConflictError('ROUND_CODE_TAKEN', `A round with code ${code} already exists.`, [{ path: 'code', code: 'unique', message: `code ${code} is already used` }]);

export const roundLocked = (registrationOpens: string) =>
  new ConflictError(
    'ROUND_LOCKED',
    `Registration opened on ${registrationOpens}: the schedule and rules can change only by an amendment with a reason (POST /recruitment/rounds/{id}/amendments).`,
    [{ path: 'schedule.registrationOpens', code: 'locked', message: `registration opened on ${registrationOpens}` }],
  );

export const roundClosed = () =>
  new ConflictError('ROUND_CLOSED', 'The round is closed: nothing in it can change.', [{ path: 'status', code: 'closed', message: 'the round is closed' }]);

export const roundNotAmendable = (status: string) =>
  new ConflictError('ROUND_NOT_AMENDABLE', `The round is ${status}: amendments are for published rounds (edit a draft directly).`, [
    { path: 'status', code: 'state', message: `the round is ${status}` },
  ]);

export const amendmentEmpty = () =>
  new ValidationFailedError(
    [
      { path: 'schedule', code: 'required', message: 'send a schedule or rules that change something' },
      { path: 'rules', code: 'required', message: 'send a schedule or rules that change something' },
    ],
    'The amendment changes nothing.',
  );

export const roundNotDeletable = (why: string) => new ConflictError('ROUND_NOT_DELETABLE', why, [{ path: 'status', code: 'state', message: why }]);

export const roundTransitionInvalid = (action: string, status: string) =>
  new UnprocessableError('ROUND_TRANSITION_INVALID', `A round that is ${status} cannot be ${action === 'publish' ? 'published' : 'closed'}.`, [
    { path: 'status', code: 'transition', message: `${action} is not allowed from ${status}` },
  ]);

export const roundWithoutVacancies = () =>
  new UnprocessableError('ROUND_WITHOUT_VACANCIES', 'Open at least one vacancy from an approved plan line before publishing the round.', [
    { path: 'vacancies', code: 'min', message: 'the round has no vacancy' },
  ]);

export const vacancyWithoutApprovedLine = (year: number, type: string) =>
  new UnprocessableError('VACANCY_WITHOUT_APPROVED_LINE', `planLineId is not a line of an approved formation plan for ${year} with employment type ${type}.`, [
    { path: 'planLineId', code: 'not_approved', message: `planLineId must be a line of an approved ${year} formation plan of type ${type}` },
  ]);

export const vacancyAboveRemaining = (remaining: number, asked: number) =>
  new UnprocessableError('VACANCY_ABOVE_PLAN', `The plan line has ${remaining} seat(s) left to open; the quotas ask for ${asked}.`, [
    { path: 'quotas', code: 'max', message: `the quotas total ${asked}; at most ${remaining} remain on the plan line` },
  ]);

export const quotasEmpty = () => new ValidationFailedError([{ path: 'quotas', code: 'min', message: 'the quotas must total at least 1 seat' }]);

export const vacancyLineTaken = (code: string) =>
  new ConflictError('VACANCY_LINE_TAKEN', `The round already has a vacancy (${code}) for this plan line; change its quotas instead.`, [
    { path: 'planLineId', code: 'duplicate', message: `already opened as ${code} in this round` },
  ]);

export const vacancyCodeTaken = (code: string) =>
  new ConflictError('VACANCY_CODE_TAKEN', `The round already has a vacancy with code ${code}.`, [
    { path: 'code', code: 'unique', message: `code ${code} is already used in the round` },
  ]);

export const vacanciesClosed = (registrationCloses: string) =>
  new ConflictError('VACANCIES_CLOSED', `Registration closed on ${registrationCloses}: no vacancy can be opened any more.`, [
    { path: 'schedule.registrationCloses', code: 'locked', message: `registration closed on ${registrationCloses}` },
  ]);

export const vacancyLocked = (registrationOpens: string) =>
  new ConflictError('VACANCY_LOCKED', `Registration opened on ${registrationOpens}: the round's vacancies can no longer change.`, [
    { path: 'schedule.registrationOpens', code: 'locked', message: `registration opened on ${registrationOpens}` },
  ]);

export const vacancyHasApplications = (n: number) =>
  new ConflictError('VACANCY_HAS_APPLICATIONS', `${n} application(s) name this vacancy: it cannot be deleted.`, [
    { path: 'applications', code: 'in_use', message: `${n} application(s)` },
  ]);
