import { describe, expect, it } from 'vitest';
import { expandAll, expandedTo, flattenExplain, nodeAt, rulesUsed, toExplainTree } from './explain';
import type { ExplainNode } from './types';

const rule = (key: string, effectiveFrom = '2020-01-01') => ({ key, effectiveFrom, legalBasis: 'PermenPAN-RB 1/2020' });
const node = (label: string, value: number | null, children: ExplainNode[] = [], extra: Partial<ExplainNode> = {}): ExplainNode => ({ label, value, children, ...extra });

const tree = node('Kebutuhan', 2, [
  node('FTE', 1.1264, [
    node('Beban kerja', 84480, [node('Tugas 1', 60000), node('Tugas 2', 24480)], { unit: 'menit', formula: 'Σ volume × menit' }),
    node('JKE', 75000, [], { rule: rule('abk.effective_minutes_per_year') }),
  ]),
  node('Pembulatan', 1, [], { rounding: 'half_up', rule: rule('abk.rounding') }),
  node('JKE lagi', 75000, [], { rule: rule('abk.effective_minutes_per_year') }),
]);

describe('explain tree', () => {
  it('should give every node a path key and mark the leaves', () => {
    const [root] = toExplainTree(tree);
    expect(root.key).toBe('0');
    expect(root.children.map((c) => c.key)).toEqual(['0-0', '0-1', '0-2']);
    expect(root.children[0].children[0].children[1]).toMatchObject({ key: '0-0-0-1', label: 'Tugas 2', leaf: true });
    expect(root.leaf).toBe(false);
    expect(toExplainTree(null)).toEqual([]);
  });
  it('should flatten the tree top-down with depth and path', () => {
    const lines = flattenExplain(tree);
    expect(lines.map((l) => `${l.depth}:${l.node.label}`)).toEqual(['0:Kebutuhan', '1:FTE', '2:Beban kerja', '3:Tugas 1', '3:Tugas 2', '2:JKE', '1:Pembulatan', '1:JKE lagi']);
    expect(lines[4].path).toEqual(['Kebutuhan', 'FTE', 'Beban kerja', 'Tugas 2']);
  });
  it('should open the first levels, or all of them', () => {
    expect(expandedTo(tree, 2)).toEqual({ '0': true, '0-0': true });
    expect(Object.keys(expandAll(tree)).sort()).toEqual(['0', '0-0', '0-0-0']);
  });
  it('should find a node by its key', () => {
    expect(nodeAt(tree, '0-0-1')?.label).toBe('JKE');
    expect(nodeAt(tree, '0-9')).toBeNull();
    expect(nodeAt(tree, '1')).toBeNull();
  });
  it('should list each rule version once', () => {
    expect(rulesUsed(tree).map((r) => r.key)).toEqual(['abk.effective_minutes_per_year', 'abk.rounding']);
  });
});
