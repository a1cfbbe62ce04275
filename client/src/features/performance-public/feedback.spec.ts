import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api';
import { checkAnswers, deviceId, DEVICE_ID_KEY, elementOfPath, emptyAnswers, feedbackFailure, IKM_ELEMENTS, optionalText, parseRetryAfter, waitParts } from './feedback';

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('IKM answers', () => {
  it('should have the nine elements in the order of the ikm.scale rule', () => {
    expect(IKM_ELEMENTS).toEqual([
      'persyaratan',
      'prosedur',
      'waktu_pelayanan',
      'biaya',
      'produk',
      'kompetensi_pelaksana',
      'perilaku_pelaksana',
      'penanganan_pengaduan',
      'sarana_prasarana',
    ]);
    expect(emptyAnswers()).toEqual(Array(9).fill(null));
  });

  it('should accept nine answers 1–4, and up to four left out', () => {
    expect(checkAnswers([4, 3, 3, 4, 3, 4, 4, 2, 3])).toBeNull();
    expect(checkAnswers([1, 2, 3, 4, 1, null, null, null, null])).toBeNull();
  });

  it('should ask for at least five answers and name the ones still open', () => {
    expect(checkAnswers([1, 2, 3, 4, null, null, null, null, null])).toEqual({ kind: 'tooFew', answered: 4, missing: [4, 5, 6, 7, 8] });
    expect(checkAnswers(emptyAnswers())).toMatchObject({ kind: 'tooFew', answered: 0 });
  });

  it('should refuse an answer outside 1–4 and a count other than nine', () => {
    expect(checkAnswers([4, 3, 3, 5, 3, 4, 4, 2, 3])).toEqual({ kind: 'range', index: 3 });
    expect(checkAnswers([4, 3, 3, 0, 3, 4, 4, 2, 3])).toEqual({ kind: 'range', index: 3 });
    expect(checkAnswers([4, 3, 3, 2.5, 3, 4, 4, 2, 3])).toEqual({ kind: 'range', index: 3 });
    expect(checkAnswers([4, 3, 3, 4, 3, 4, 4, 2])).toEqual({ kind: 'count' });
    expect(checkAnswers([4, 3, 3, 4, 3, 4, 4, 2, 3, 3])).toEqual({ kind: 'count' });
  });

  it('should leave empty optional texts out of the body and trim the rest', () => {
    expect(optionalText('   ', 10)).toBeUndefined();
    expect(optionalText(undefined, 10)).toBeUndefined();
    expect(optionalText('  Antrean lama  ', 100)).toBe('Antrean lama');
    expect(optionalText('x'.repeat(20), 10)).toHaveLength(10);
  });
});

describe('the device id', () => {
  it('should be made once, random, and kept', () => {
    const s = memoryStorage();
    const a = deviceId(s);
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(s.m.get(DEVICE_ID_KEY)).toBe(a);
    expect(deviceId(s)).toBe(a);
    expect(deviceId(memoryStorage())).not.toBe(a);
  });

  it('should replace a kept value that is not an id', () => {
    const s = memoryStorage();
    s.setItem(DEVICE_ID_KEY, 'x');
    const id = deviceId(s);
    expect(id).not.toBe('x');
    expect(s.m.get(DEVICE_ID_KEY)).toBe(id);
  });

  it('should still give one id for the page when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const a = deviceId(refusing);
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(deviceId(refusing)).toBe(a);
    expect(deviceId(null)).toBe(a);
  });

  it('should use localStorage by default', () => {
    localStorage.removeItem(DEVICE_ID_KEY);
    const a = deviceId();
    expect(localStorage.getItem(DEVICE_ID_KEY)).toBe(a);
    localStorage.removeItem(DEVICE_ID_KEY);
  });
});

describe('what a failed submission means', () => {
  const problem = (status: number, code: string, extra: Record<string, unknown> = {}, errors: { path: string; code: string; message: string }[] = []) =>
    new ApiError({ status, code, detail: code, fieldErrors: errors, problem: { status, code, title: code, detail: code, type: 'about:blank', errors, ...extra } as never });

  it('should tell a duplicate apart', () => {
    expect(feedbackFailure(problem(409, 'DUPLICATE_FEEDBACK'))).toEqual({ kind: 'duplicate' });
    expect(feedbackFailure(problem(409, 'SOMETHING_ELSE'))).toEqual({ kind: 'other' });
  });

  it('should read the wait of a 429 from Retry-After (seconds or a date), else from the body', () => {
    expect(feedbackFailure(problem(429, 'TOO_MANY_REQUESTS'), '120')).toEqual({ kind: 'rateLimited', retryAfterSeconds: 120 });
    expect(feedbackFailure(problem(429, 'TOO_MANY_REQUESTS', { retryAfter: 30 }))).toEqual({ kind: 'rateLimited', retryAfterSeconds: 30 });
    expect(feedbackFailure(problem(429, 'TOO_MANY_REQUESTS'))).toEqual({ kind: 'rateLimited', retryAfterSeconds: null });
    const now = Date.parse('2026-11-28T05:00:00Z');
    expect(parseRetryAfter('Sat, 28 Nov 2026 05:10:00 GMT', now)).toBe(600);
    expect(parseRetryAfter('yesterday-ish', now)).toBeNull();
    expect(parseRetryAfter('1.2')).toBe(2);
  });

  it('should mark the elements the server named', () => {
    const e = problem(400, 'VALIDATION_FAILED', {}, [
      { path: 'answers[4]', code: 'max', message: 'answers[4] must be 1–4' },
      { path: 'answers.7', code: 'min', message: '…' },
      { path: 'comment', code: 'maxLength', message: '…' },
    ]);
    expect(feedbackFailure(e)).toEqual({ kind: 'invalid', elements: [4, 7], fields: ['comment'] });
    expect(elementOfPath('answers')).toBeNull();
    expect(elementOfPath('answers[9]')).toBeNull();
    expect(elementOfPath('answers[0]')).toBe(0);
  });

  it('should say when the service is gone, the network is down, or something else failed', () => {
    expect(feedbackFailure(problem(404, 'SERVICE_NOT_FOUND'))).toEqual({ kind: 'serviceNotFound' });
    expect(feedbackFailure(ApiError.network(new TypeError('Failed to fetch')))).toEqual({ kind: 'network' });
    expect(feedbackFailure(problem(500, 'INTERNAL'))).toEqual({ kind: 'other' });
    expect(feedbackFailure(new Error('x'))).toEqual({ kind: 'other' });
  });

  it('should put a wait in words people use', () => {
    expect(waitParts(0)).toEqual({ unit: 'seconds', n: 1 });
    expect(waitParts(45)).toEqual({ unit: 'seconds', n: 45 });
    expect(waitParts(61)).toEqual({ unit: 'minutes', n: 2 });
    expect(waitParts(3600)).toEqual({ unit: 'minutes', n: 60 });
    expect(waitParts(86400)).toEqual({ unit: 'hours', n: 24 });
  });
});
