import type { OrgUnitTreeNode } from '@/api';

/** A unit as the tree component shows it. */
export interface UnitNode {
  key: string;
  label: string;
  data: { code: string; kind: string; employeeCount: number };
  children: UnitNode[];
  leaf: boolean;
}

export function toUnitNodes(nodes: OrgUnitTreeNode[]): UnitNode[] {
  return nodes.map((n) => ({
    key: n.id,
    label: n.name,
    data: { code: n.code, kind: n.kind, employeeCount: n.employeeCount },
    children: toUnitNodes(n.children),
    leaf: n.children.length === 0,
  }));
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Keeps the units whose name or code contains the query, with their ancestors (so you see where they
 * sit) and their whole subtree; returns the keys to expand so every match is visible.
 */
export function filterUnitTree(nodes: UnitNode[], query: string): { nodes: UnitNode[]; expand: Set<string>; matches: number } {
  const q = fold(query.trim());
  const expand = new Set<string>();
  if (!q) return { nodes, expand, matches: 0 };
  let matches = 0;
  const walk = (list: UnitNode[]): UnitNode[] => {
    const out: UnitNode[] = [];
    for (const n of list) {
      const hit = fold(n.label).includes(q) || fold(n.data.code).includes(q);
      if (hit) {
        matches++;
        out.push(n);
        continue;
      }
      const kids = walk(n.children);
      if (kids.length) {
        expand.add(n.key);
        out.push({ ...n, children: kids, leaf: false });
      }
    }
    return out;
  };
  return { nodes: walk(nodes), expand, matches };
}

/** The path of ancestor keys of `key` (to expand the tree down to a selected unit). */
export function ancestorsOf(nodes: UnitNode[], key: string): string[] | null {
  for (const n of nodes) {
    if (n.key === key) return [];
    const sub = ancestorsOf(n.children, key);
    if (sub) return [n.key, ...sub];
  }
  return null;
}

export function findUnit(nodes: UnitNode[], key: string): UnitNode | null {
  for (const n of nodes) {
    if (n.key === key) return n;
    const f = findUnit(n.children, key);
    if (f) return f;
  }
  return null;
}
