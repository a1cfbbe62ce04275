import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './useDownload';

describe('filenameFromDisposition', () => {
  it('should read a quoted filename', () => {
    expect(filenameFromDisposition('attachment; filename="pegawai-2026-11-27.xlsx"', 'x')).toBe('pegawai-2026-11-27.xlsx');
  });
  it('should prefer the RFC 5987 filename*', () => {
    expect(filenameFromDisposition('attachment; filename="a.csv"; filename*=UTF-8\'\'pegawai%20kota.csv', 'x')).toBe('pegawai kota.csv');
  });
  it('should use the fallback when the header is absent', () => {
    expect(filenameFromDisposition(null, 'pegawai.csv')).toBe('pegawai.csv');
  });
});
