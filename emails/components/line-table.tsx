import { dataTableClass, styles } from './styles';

/** A row under the lines, its label spanning all columns but the last. */
export type LineTableTotal = { label: string; value: string; emphasis?: boolean };

/**
 * Lines of an order, invoice or credit note: a description, then right-aligned figures, and the
 * totals underneath. Cells come formatted; the plain-text version lays the table out in columns.
 */
export function LineTable({ columns, rows, totals }: { columns: string[]; rows: string[][]; totals: LineTableTotal[] }) {
  return (
    <table className={dataTableClass} style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} style={i === 0 ? styles.th : styles.thRight}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j} style={j === 0 ? styles.td : styles.tdRight}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
        {totals.map((total, i) => (
          <tr key={`total-${i}`}>
            <td style={total.emphasis ? styles.grandTotalLabel : styles.totalLabel} colSpan={columns.length - 1}>
              {total.label}
            </td>
            <td style={total.emphasis ? styles.grandTotalValue : styles.totalValue}>{total.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
