import { describe, expect, it } from 'vitest';
import { diffRecords, showValue } from './audit-diff';

describe('diffRecords', () => {
  it('should mark changed, added and removed fields', () => {
    const rows = diffRecords({ role: 'operator', active: true, unitId: 'u1' }, { role: 'leader', active: true, passwordChanged: true });
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(['role', 'unitId', 'passwordChanged']);
    expect(rows.find((r) => r.field === 'active')?.changed).toBe(false);
  });
  it('should show every field of a creation as changed', () => {
    expect(diffRecords(null, { name: 'x' })).toEqual([{ field: 'name', before: undefined, after: 'x', changed: true }]);
  });
  it('should compare nested values by content', () => {
    expect(diffRecords({ scopes: ['a', 'b'] }, { scopes: ['a', 'b'] })[0].changed).toBe(false);
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(null)).toBe('∅');
  });
});
