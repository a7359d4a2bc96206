import { compareText } from '../lib/compare';
import { useState, type ReactNode } from 'react';

export interface Column<Row> {
  label: string;
  /** The value sorted on (and shown, unless `render` is given). */
  value: (row: Row) => string | number;
  render?: (row: Row) => ReactNode;
}

interface SortableTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  isCurrent: (row: Row) => boolean;
}

/** A table whose column headers sort it (announced with aria-sort). */
export function SortableTable<Row>({ caption, rows, columns, rowKey, isCurrent }: SortableTableProps<Row>) {
  const [sort, setSort] = useState<{ col: number; dir: 1 | -1 }>({ col: 0, dir: 1 });
  const by = columns[sort.col];
  const sorted = by
    ? [...rows].sort((a, b) => {
        const x = by.value(a);
        const y = by.value(b);
        // Rows without a value (a route never opened) go last either way.
        if (x === '' || y === '') return Number(x === '') - Number(y === '');
        return (typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y))) * sort.dir;
      })
    : rows;

  return (
    <table className="list-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.label} scope="col" aria-sort={sort.col === i ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
              <button type="button" onClick={() => setSort((s) => ({ col: i, dir: s.col === i ? (s.dir === 1 ? -1 : 1) : 1 }))}>
                {c.label}
                <span aria-hidden="true">{sort.col === i ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} aria-current={isCurrent(row) ? 'true' : undefined}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.label} scope="row">
                  {c.render ? c.render(row) : c.value(row)}
                </th>
              ) : (
                <td key={c.label}>{c.render ? c.render(row) : c.value(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
