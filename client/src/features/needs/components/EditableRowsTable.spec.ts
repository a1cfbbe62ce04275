import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp } from '@/test-utils';
import EditableRowsTable from './EditableRowsTable.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

interface Row {
  key: string;
  name: string;
}
const columns = [{ label: 'Name' }, { label: 'SW', num: true, abbr: 'Standard workload' }];
/** The table with two cells a row, as its parent would fill it. */
const mountTable = (props: {
  rows: Row[];
  writable: boolean;
  empty?: string;
  rowAttrs?: (row: Row, i: number) => Record<string, unknown>;
  onRemove?: (row: Row, i: number) => void;
}) =>
  mountWithApp(
    defineComponent({
      setup: () => () =>
        h(
          EditableRowsTable<Row>,
          { columns, deleteLabel: (i: number) => `Delete row ${i + 1}`, ...props },
          { row: ({ row }: { row: Row }) => [h('td', row.name), h('td', { class: 'num' }, '1')] },
        ),
    }),
  );

describe('EditableRowsTable', () => {
  it('should give a writer a delete button per row, named by its row, that asks the parent to remove it', async () => {
    const rows = [
      { key: 'a', name: 'First' },
      { key: 'b', name: 'Second' },
    ];
    const onRemove = vi.fn();
    const w = mountTable({ rows, writable: true, rowAttrs: (_, i) => ({ 'data-testid': `row-${i}` }), onRemove });
    expect(w.findAll('thead th').map((th) => th.text())).toEqual(['Name', 'SW', 'Aksi']);
    expect(w.find('thead th abbr').attributes('title')).toBe('Standard workload');
    expect(w.find('thead th:nth-child(2)').classes()).toContain('num');
    expect(w.find('[data-testid=row-1]').text()).toContain('Second');
    await w.get('button[aria-label="Delete row 2"]').trigger('click');
    expect(onRemove).toHaveBeenCalledWith(rows[1], 1);
    w.unmount();
  });

  it('should show the empty text across the table, and no actions column to a reader', () => {
    const w = mountTable({ rows: [], writable: false, empty: 'None yet.' });
    expect(w.findAll('thead th')).toHaveLength(2);
    const cell = w.get('tbody td');
    expect(cell.text()).toBe('None yet.');
    expect(cell.attributes('colspan')).toBe('2');
    w.unmount();
  });

  it('should show no empty row when no empty text is given', () => {
    const w = mountTable({ rows: [], writable: true });
    expect(w.findAll('tbody tr')).toHaveLength(0);
    w.unmount();
  });
});
