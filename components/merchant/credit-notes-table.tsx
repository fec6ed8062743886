'use client';

import { useMemo } from 'react';
import { dashboardIntlTag, formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { ListTexts } from '@/components/tables/table-texts';
import { formatMoney } from '@/lib/billing/money';
import type { CreditNoteListRow } from '@/db/queries/dashboard/list-credit-notes-page';
import { merchantPaymentTestIds as ids } from './test-ids';

const column = serverTableColumns<CreditNoteListRow>();

/** Where the note's money went, in the list's words. */
const DISPOSITION: Record<CreditNoteListRow['disposition'], 'refund' | 'balance' | 'reduceOpen'> = {
  refund: 'refund',
  balance: 'balance',
  reduce_open: 'reduceOpen',
};

/** Refunds of one note: each with its status, a failed one with the provider's reason. */
function Refunds({ row, texts }: { row: CreditNoteListRow; texts: ListTexts<'creditNotes'> }) {
  if (row.refunds.length === 0) return <span className="muted">—</span>;
  return (
    <div className="stack" data-testid={ids.refundStatus}>
      {row.refunds.map((refund) => (
        <div key={refund.id}>
          <StatusBadge status={refund.status} label={texts.statuses[refund.status]} /> {formatMoney(refund.amountMinor, row.currency, dashboardIntlTag(texts.locale))}
          {refund.failureReason && <div className="field-error">{refund.failureReason}</div>}
        </div>
      ))}
    </div>
  );
}

function creditNoteColumns(timeZone: string, texts: ListTexts<'creditNotes'>) {
  const { columns: c, list: l, locale } = texts;
  return column.columns([
    column.accessor('number', {
      header: c.number,
      // The number opens the PDF; the e-invoice (EHF / Peppol XML) for accounting systems beside it.
      cell: ({ row: { original: r } }) => (
        <>
          <a href={`/dashboard/credit-notes/${r.id}/pdf`}>{r.number}</a>{' '}
          <a href={`/dashboard/credit-notes/${r.id}/ehf`} className="muted" title={l.ehfTitle}>
            EHF
          </a>
        </>
      ),
    }),
    column.accessor('invoiceNumber', { header: c.invoice, cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('customerName', { header: c.customer }),
    column.accessor('issuedAt', { header: c.issued, cell: ({ getValue }) => formatDate(getValue(), timeZone, { locale }) }),
    column.accessor('reason', { header: c.reason }),
    column.accessor((row) => l[DISPOSITION[row.disposition]], { id: 'disposition', header: c.money }),
    column.accessor((row) => row.refunds.map((r) => r.status).join(' '), { id: 'refunds', header: c.refunds, cell: ({ row: { original: r } }) => <Refunds row={r} texts={texts} /> }),
    column.accessor('totalMinor', {
      header: c.amount,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.totalMinor, r.currency, dashboardIntlTag(locale)),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<CreditNoteListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of credit notes, searched and paged on the server; `refunds=failed` finds those that need a look. */
export function CreditNotesTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'creditNotes'> }) {
  const columns = useMemo(() => creditNoteColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={ids.creditNoteRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
