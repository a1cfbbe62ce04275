/** The explain tree of a position's figures (inputs → result), shaped for the Tree component and for a flat reading. */
import type { ExplainNode } from './types';

/** A node as PrimeVue's Tree takes it; `key` is the path of indexes from the root ("0", "0-2", "0-2-1"). */
export interface ExplainTreeNode {
  key: string;
  label: string;
  data: ExplainNode;
  children: ExplainTreeNode[];
  leaf: boolean;
}

export function toExplainTree(root: ExplainNode | null | undefined): ExplainTreeNode[] {
  if (!root) return [];
  const walk = (n: ExplainNode, key: string): ExplainTreeNode => ({
    key,
    label: n.label,
    data: n,
    children: (n.children ?? []).map((c, i) => walk(c, `${key}-${i}`)),
    leaf: !n.children?.length,
  });
  return [walk(root, '0')];
}

/** One line of the tree read top-down, with its depth (for a plain list, a table or a print-out). */
export interface ExplainLine {
  key: string;
  depth: number;
  node: ExplainNode;
  /** Labels from the root to this node. */
  path: string[];
}

export function flattenExplain(root: ExplainNode | null | undefined): ExplainLine[] {
  const out: ExplainLine[] = [];
  const walk = (n: ExplainNode, key: string, depth: number, path: string[]) => {
    const here = [...path, n.label];
    out.push({ key, depth, node: n, path: here });
    (n.children ?? []).forEach((c, i) => walk(c, `${key}-${i}`, depth + 1, here));
  };
  if (root) walk(root, '0', 0, []);
  return out;
}

/** The keys to expand so the first `levels` levels are open (the result and what it is made of). */
export function expandedTo(root: ExplainNode | null | undefined, levels: number): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const l of flattenExplain(root)) if (l.depth < levels && l.node.children?.length) out[l.key] = true;
  return out;
}

/** Every node with children, expanded. */
export const expandAll = (root: ExplainNode | null | undefined) => expandedTo(root, Number.POSITIVE_INFINITY);

/** The node at a key, or null. */
export function nodeAt(root: ExplainNode | null | undefined, key: string | null | undefined): ExplainNode | null {
  if (!root || !key) return null;
  const [first, ...rest] = key.split('-').map(Number);
  if (first !== 0) return null;
  let n: ExplainNode | undefined = root;
  for (const i of rest) n = n?.children?.[i];
  return n ?? null;
}

/** Distinct rule versions the tree cites, in order of first appearance (for the "rules used" list). */
export function rulesUsed(root: ExplainNode | null | undefined) {
  const seen = new Map<string, NonNullable<ExplainNode['rule']>>();
  for (const l of flattenExplain(root)) {
    const r = l.node.rule;
    if (r && !seen.has(`${r.key}@${r.effectiveFrom}`)) seen.set(`${r.key}@${r.effectiveFrom}`, r);
  }
  return [...seen.values()];
}
