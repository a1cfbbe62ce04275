/** Indonesian collation for sorting labels: one Collator, created once (String#localeCompare builds one per call). */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export const collate = (a: string, b: string): number => collator.compare(a, b);
