import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { ApiError } from '@/api';
import { describeCellError, describeError, describeFieldError } from './useErrorMessage';

const { t, te } = i18n.global;
const T = (k: string, n?: Record<string, unknown>) => (n ? t(k, n) : t(k));

describe('error messages', () => {
  it('should show the locale message for a known error code', () => {
    expect(describeError(new ApiError({ status: 401, code: 'INVALID_CREDENTIALS', detail: 'The username or password is wrong.' }), T, te)).toBe(
      'Nama pengguna atau kata sandi salah.',
    );
  });

  it("should fall back to the server's detail for an unknown code", () => {
    expect(describeError(new ApiError({ status: 422, code: 'NEEDS_PLAN_LOCKED', detail: 'The plan is locked.' }), T, te)).toBe('The plan is locked.');
  });

  it('should give a generic message with the status when there is neither', () => {
    expect(describeError(new ApiError({ status: 503, code: 'WHATEVER' }), T, te)).toContain('503');
    expect(describeError(new Error('boom'), T, te)).toContain('Terjadi kesalahan');
  });

  it('should translate field and import-cell error codes and fall back to the server message', () => {
    expect(describeFieldError({ code: 'unique', message: 'username must be unique' }, T, te)).toBe('Sudah dipakai; pilih nilai lain.');
    expect(describeFieldError({ code: 'odd_rule', message: 'server says no' }, T, te)).toBe('server says no');
    expect(describeCellError({ code: 'nip_format', message: 'NIP must be exactly 18 digits' }, T, te)).toBe('NIP harus 18 digit angka');
    expect(describeCellError({ code: 'new_code', message: 'raw' }, T, te)).toBe('raw');
  });
});
