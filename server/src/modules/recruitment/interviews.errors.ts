import { ConflictError, NotFoundError, UnprocessableError, ValidationFailedError, type FieldError } from '../../common/problem.js';

export const interviewNotFound = (id?: string) => new NotFoundError('INTERVIEW_NOT_FOUND', 'Interview assignment', id);
export const applicationNotFound = (id?: string) => new NotFoundError('APPLICATION_NOT_FOUND', 'Application', id);

/** Fewer distinct panelists than the round's rules ask for. */
export const tooFewPanelists = (min: number, given: number) =>
  new ValidationFailedError(
    [{ path: 'panelistIds', code: 'min_panelists', message: `at least ${min} distinct panelists are required (${given} given)` }],
    `Each applicant is interviewed by at least ${min} panelists.`,
  );

/** Panelist ids that are not active users with the panel role. */
export const panelistsInvalid = (errors: FieldError[]) => new ValidationFailedError(errors, 'Every panelist must be an active user with the panel role.');

/** Bad rubric scores, each named `scores.<key>`. */
export const scoresInvalid = (errors: FieldError[]) => new ValidationFailedError(errors, 'The scores do not fit the rubric.');

export const pppkRound = () =>
  new ConflictError('INTERVIEW_PPPK_ROUND', 'PPPK interviews come from the PPPK score file (technical, managerial + socio-cultural, interview); panels are for CPNS rounds.');

export const finalResultPublished = () => new ConflictError('RECRUITMENT_RESULT_PUBLISHED', 'The final result of this round is published: interviews can no longer change.');

export const declarationRequired = () => new ConflictError('DECLARATION_REQUIRED', 'Declare that you have no conflict of interest with this applicant before scoring.');

export const alreadySubmitted = () => new ConflictError('ALREADY_SUBMITTED', 'Your scores for this applicant are already submitted; a correction is made by the committee.');

export const interviewSubmitted = () => new ConflictError('INTERVIEW_SUBMITTED', 'The panelist has submitted scores: the assignment can no longer be withdrawn.');

export const vacancyNotInRound = () =>
  new UnprocessableError('VACANCY_NOT_IN_ROUND', 'The vacancy belongs to another round.', [
    { path: 'vacancyId', code: 'other_round', message: 'vacancyId is not a vacancy of this round' },
  ]);

/** Listed applications that are missing, of another round or vacancy, or not shortlisted. */
export const applicationsNotShortlisted = (errors: FieldError[]) =>
  new UnprocessableError('APPLICATION_NOT_SHORTLISTED', 'Panelists are assigned to shortlisted applications of the round only.', errors);

export const nothingToAssign = () =>
  new UnprocessableError('INTERVIEW_NOTHING_TO_ASSIGN', 'There is no shortlisted application to assign (run the shortlist first).', [
    { path: 'applicationIds', code: 'empty', message: 'no shortlisted application matches' },
  ]);
