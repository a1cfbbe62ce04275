import { TooManyRequestsError, UnauthorizedError } from '../../common/problem.js';

export const invalidCredentials = () => new UnauthorizedError('The username or password is wrong.', 'INVALID_CREDENTIALS');
export const accountLocked = (seconds: number) =>
  new TooManyRequestsError('ACCOUNT_LOCKED', `Too many failed sign-ins: the account is locked for ${Math.ceil(seconds / 60)} more minute(s).`, seconds);
export const invalidRefreshToken = () => new UnauthorizedError('The refresh token is invalid or expired; sign in again.', 'INVALID_REFRESH_TOKEN');
export const refreshTokenReused = () =>
  new UnauthorizedError('This refresh token was already used: every session of this sign-in has been revoked; sign in again.', 'REFRESH_TOKEN_REUSED');
