import { describe, expect, it } from 'vitest';
import type { OrgUnitTreeNode } from '@/api';
import { ancestorsOf, filterUnitTree, toUnitNodes } from './unit-tree';

const node = (id: string, name: string, code: string, children: OrgUnitTreeNode[] = []): OrgUnitTreeNode => ({
  id,
  name,
  code,
  kind: 'dinas',
  sector: 'kesehatan',
  parentId: null,
  employeeCount: 1,
  children,
});
const tree = toUnitNodes([
  node('dinkes', 'Dinas Kesehatan', 'DINKES', [node('pkm1', 'Puskesmas Poncol', 'PKM-PONCOL'), node('pkm2', 'Puskesmas Pandanaran', 'PKM-PANDANARAN')]),
  node('disdik', 'Dinas Pendidikan', 'DISDIK', [node('sd1', 'SD Negeri Pekunden', 'SDN-PEKUNDEN')]),
]);

describe('filterUnitTree', () => {
  it('should keep every unit when the query is empty', () => {
    expect(filterUnitTree(tree, '  ').nodes).toBe(tree);
  });
  it('should keep matches with their ancestors and expand the path to them', () => {
    const r = filterUnitTree(tree, 'poncol');
    expect(r.matches).toBe(1);
    expect(r.nodes.map((n) => n.key)).toEqual(['dinkes']);
    expect(r.nodes[0].children.map((n) => n.key)).toEqual(['pkm1']);
    expect([...r.expand]).toEqual(['dinkes']);
  });
  it('should match unit codes, ignoring case and accents', () => {
    expect(filterUnitTree(tree, 'sdn-pék').nodes[0].key).toBe('disdik');
  });
  it('should keep the whole subtree of a matching unit', () => {
    expect(filterUnitTree(tree, 'kesehatan').nodes[0].children).toHaveLength(2);
  });
  it('should find the ancestors of a unit', () => {
    expect(ancestorsOf(tree, 'pkm2')).toEqual(['dinkes']);
    expect(ancestorsOf(tree, 'nope')).toBeNull();
  });
});
