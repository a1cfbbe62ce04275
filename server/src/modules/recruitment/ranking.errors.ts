import { ConflictError, DomainError, UnprocessableError } from '../../common/problem.js';
import type { ScoreInputError } from './calc/rounding.js';

/** A calculator input the rules cannot score (above the round's maximum…): 422 naming the field. */
export const calculationInvalid = (e: ScoreInputError) =>
  new UnprocessableError('RECRUITMENT_CALCULATION_INVALID', e.message, [{ path: e.field, code: e.code, message: e.message }]);

/** A round rule that is unusable (weights missing, a category without a grade…): 422 naming the rule. */
export const roundRulesInvalid = (path: string, message: string) =>
  new UnprocessableError('ROUND_RULES_INVALID', `The round's rules cannot be applied: ${message}.`, [{ path, code: 'invalid', message }]);

export const roundNotCpns = (action: string) =>
  new ConflictError('ROUND_NOT_CPNS', `This is a PPPK round: PPPK has no SKD passing grade and no shortlist, ${action} applies to CPNS rounds only.`, [
    { path: 'type', code: 'state', message: 'the round is PPPK' },
  ]);

/** A final result is published: it is immutable, so the stages and ranks it shows cannot change. */
export const finalResultPublished = (publishedAt: string) =>
  new ConflictError(
    'ROUND_FINAL_PUBLISHED',
    `The final result of this round was published on ${publishedAt}: published results cannot be edited, so the round can no longer be shortlisted or ranked.`,
  );

export const roundHasAppointments = (n: number) =>
  new ConflictError('ROUND_HAS_APPOINTMENTS', `${n} applicant(s) of this round are already appointed: the ranking can no longer change.`);

/** Some applications lack the scores a run needs: how many, and which (the first 20 registration numbers). */
export const scoresMissing = (code: string, what: string, missing: { registrationNumber: string; fields: string[] }[], total: number) =>
  new DomainError(
    422,
    code,
    'Business rule violated',
    `${total} application(s) have no ${what}: ${missing
      .slice(0, 20)
      .map((m) => m.registrationNumber)
      .join(', ')}${total > 20 ? ', …' : ''}. Import or correct their scores first.`,
    missing.slice(0, 20).map((m) => ({ path: m.registrationNumber, code: 'missing_score', message: `missing ${m.fields.join(', ')}` })),
    { missing: total, registrationNumbers: missing.slice(0, 20).map((m) => m.registrationNumber) },
  );

export const nothingToRank = (type: string) =>
  new UnprocessableError(
    'RANKING_NOTHING_TO_RANK',
    type === 'cpns'
      ? 'No shortlisted application to rank: run the shortlist (POST /recruitment/rounds/{id}/shortlist) after the SKD scores are in.'
      : 'No application that passed the administrative selection has PPPK scores to rank.',
  );

export const nothingToShortlist = () =>
  new UnprocessableError('SHORTLIST_NOTHING_TO_SHORTLIST', 'No application of this round has passed the administrative selection: nothing to shortlist.');
