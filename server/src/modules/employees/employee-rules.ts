/** Identity rules for an employee record (domain.md §5), shared by the API and the import. */
import type { FieldError } from '../../common/problem.js';
import { parseNip } from '../reference/calc/identity.js';

export interface IdentityFields {
  nip: string;
  birthDate: string;
  gender: string;
  status: string;
}

/** The NIP must be valid, and the birth date and (except for PPPK) the gender must agree with it. */
export function checkEmployeeIdentity(e: IdentityFields): FieldError[] {
  const pppk = e.status === 'pppk';
  const parsed = parseNip(e.nip, { pppk });
  if (!parsed.ok) return [{ path: 'nip', code: parsed.code.toLowerCase(), message: parsed.reason }];
  const errors: FieldError[] = [];
  if (parsed.value.birthDate !== e.birthDate) {
    errors.push({ path: 'birthDate', code: 'nip_mismatch', message: `birthDate ${e.birthDate} does not agree with the NIP (${parsed.value.birthDate})` });
  }
  if (!pppk && parsed.value.gender !== e.gender) {
    errors.push({ path: 'gender', code: 'nip_mismatch', message: `gender ${e.gender} does not agree with the NIP (digit 15 means ${parsed.value.gender})` });
  }
  return errors;
}

/** PNS and CPNS ranks are golongan I/a–IV/e; PPPK ranks I–XVII. */
export function checkRank(status: string, rank: string | null | undefined): FieldError[] {
  if (!rank) return [];
  const pppk = status === 'pppk';
  const pnsLike = /^(I|II|III|IV)\/[a-e]$/.test(rank);
  if (pppk && pnsLike) return [{ path: 'rank', code: 'rank_status', message: `rank ${rank} is a PNS golongan; PPPK ranks are I–XVII` }];
  if (!pppk && !pnsLike) return [{ path: 'rank', code: 'rank_status', message: `rank ${rank} is a PPPK golongan; PNS and CPNS ranks are I/a–IV/e` }];
  return [];
}
