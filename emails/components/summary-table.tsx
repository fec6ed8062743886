import { dataTableClass, styles } from './styles';

export type SummaryRow = {
  label: string;
  value: string;
  /** A total: bold, with room above it. */
  emphasis?: boolean;
};

/** Label on the left, value (usually an amount) on the right: a short summary of facts. */
export function SummaryTable({ rows, header }: { rows: SummaryRow[]; header?: [string, string] }) {
  return (
    <table className={dataTableClass} style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
      {header ? (
        <thead>
          <tr>
            <th style={styles.th}>{header[0]}</th>
            <th style={styles.thRight}>{header[1]}</th>
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td style={row.emphasis ? styles.grandTotalLabelLeft : styles.td}>{row.label}</td>
            <td style={row.emphasis ? styles.grandTotalValue : styles.tdRight}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
