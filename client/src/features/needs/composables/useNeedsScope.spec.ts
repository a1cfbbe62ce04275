import { describe, expect, it } from 'vitest';
import { parseScopeQuery } from './useNeedsScope';

describe('needs scope in the address bar', () => {
  it('should read the base year and horizon, falling back to this year and five years', () => {
    expect(parseScopeQuery({ year: '2027', horizon: '7' }, 2026)).toEqual({ baseYear: 2027, horizon: 7 });
    expect(parseScopeQuery({}, 2026)).toEqual({ baseYear: 2026, horizon: 5 });
    expect(parseScopeQuery({ year: 'abc', horizon: '11' }, 2026)).toEqual({ baseYear: 2026, horizon: 5 });
    expect(parseScopeQuery({ year: ['2025', '2024'], horizon: '0' }, 2026)).toEqual({ baseYear: 2025, horizon: 5 });
  });
});
