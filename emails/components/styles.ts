import type { CSSProperties } from 'react';

/** Marks a table of lines and totals: the plain-text version lays it out in columns (render.ts). */
export const dataTableClass = 'data-table';

/** Inline styles shared by the templates (mail clients ignore style sheets). */
export const styles = {
  heading: { color: '#18181b', fontSize: '22px', fontWeight: 700, lineHeight: '30px', margin: '16px 0 8px' },
  subheading: { color: '#18181b', fontSize: '16px', fontWeight: 700, margin: '24px 0 4px' },
  paragraph: { margin: '8px 0' },
  muted: { color: '#71717a', fontSize: '13px', lineHeight: '20px', margin: '8px 0' },
  table: { borderCollapse: 'collapse', margin: '16px 0', width: '100%' },
  th: {
    borderBottom: '1px solid #e4e4e7',
    color: '#71717a',
    fontSize: '12px',
    fontWeight: 600,
    padding: '6px 4px',
    textAlign: 'left',
  },
  thRight: {
    borderBottom: '1px solid #e4e4e7',
    color: '#71717a',
    fontSize: '12px',
    fontWeight: 600,
    padding: '6px 4px',
    textAlign: 'right',
  },
  td: { borderBottom: '1px solid #f4f4f5', padding: '8px 4px', verticalAlign: 'top' },
  tdRight: { borderBottom: '1px solid #f4f4f5', padding: '8px 4px', textAlign: 'right', verticalAlign: 'top', whiteSpace: 'nowrap' },
  totalLabel: { padding: '4px', textAlign: 'right' },
  totalValue: { padding: '4px', textAlign: 'right', whiteSpace: 'nowrap' },
  grandTotalLabel: { fontWeight: 700, padding: '8px 4px 4px', textAlign: 'right' },
  grandTotalLabelLeft: { fontWeight: 700, padding: '8px 4px 4px', textAlign: 'left' },
  grandTotalValue: { fontWeight: 700, padding: '8px 4px 4px', textAlign: 'right', whiteSpace: 'nowrap' },
  button: {
    backgroundColor: '#18181b',
    borderRadius: '6px',
    color: '#ffffff',
    display: 'inline-block',
    fontSize: '15px',
    fontWeight: 600,
    padding: '12px 20px',
    textDecoration: 'none',
  },
  link: { color: '#2563eb', wordBreak: 'break-all' },
} satisfies Record<string, CSSProperties>;
