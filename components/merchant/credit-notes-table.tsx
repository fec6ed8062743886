'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import { formatMoney } from '@/lib/billing/money';
import type { CreditNoteListRow } from '@/db/queries/dashboard/list-credit-notes-page';
import { merchantPaymentTestIds as ids } from './test-ids';

const column = serverTableColumns<CreditNoteListRow>();

const DISPOSITION: Record<CreditNoteListRow['disposition'], string> = {
  refund: 'Refund',
  balance: 'Balance',
  reduce_open: 'Reduced open invoice',
};

/** Refunds of one note: each with its status, a failed one with the provider's reason. */
function Refunds({ row }: { row: CreditNoteListRow }) {
  if (row.refunds.length === 0) return <span className="muted">—</span>;
  return (
    <div className="stack" data-testid={ids.refundStatus}>
      {row.refunds.map((refund) => (
        <div key={refund.id}>
          <StatusBadge status={refund.status} /> {formatMoney(refund.amountMinor, row.currency)}
          {refund.failureReason && <div className="field-error">{refund.failureReason}</div>}
        </div>
      ))}
    </div>
  );
}

function creditNoteColumns(timeZone: string) {
  return column.columns([
    column.accessor('number', {
      header: 'Number',
      // The number opens the PDF; the e-invoice (EHF / Peppol XML) for accounting systems beside it.
      cell: ({ row: { original: r } }) => (
        <>
          <a href={`/dashboard/credit-notes/${r.id}/pdf`}>{r.number}</a>{' '}
          <a href={`/dashboard/credit-notes/${r.id}/ehf`} className="muted" title="E-invoice (EHF / Peppol BIS 3.0 XML)">
            EHF
          </a>
        </>
      ),
    }),
    column.accessor('invoiceNumber', { header: 'Invoice', cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('customerName', { header: 'Customer' }),
    column.accessor('issuedAt', { header: 'Issued', cell: ({ getValue }) => formatDate(getValue(), timeZone) }),
    column.accessor('reason', { header: 'Reason' }),
    column.accessor((row) => DISPOSITION[row.disposition], { id: 'disposition', header: 'Money' }),
    column.accessor((row) => row.refunds.map((r) => r.status).join(' '), { id: 'refunds', header: 'Refunds', cell: ({ row: { original: r } }) => <Refunds row={r} /> }),
    column.accessor('totalMinor', {
      header: 'Amount',
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.totalMinor, r.currency),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<CreditNoteListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of credit notes, searched and paged on the server; `refunds=failed` finds those that need a look. */
export function CreditNotesTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => creditNoteColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={ids.creditNoteRow}
      noun="credit notes"
      searchHint="number, invoice number, name or e-mail"
      emptyText="No credit notes yet."
    />
  );
}
