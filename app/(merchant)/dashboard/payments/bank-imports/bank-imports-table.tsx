'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { BankImportRow } from '@/lib/services/payments/bank-import/list-bank-imports';
import { paymentsTestIds } from '../payments-test-ids';
import type { TableTexts } from '@/components/tables/table-texts';

const column = dataTableColumns<BankImportRow>();
const FORMATS: Record<BankImportRow['format'], string> = { camt053: 'camt.053', ocr: 'OCR giro' };

function importColumns(timeZone: string) {
  return column.columns([
    column.accessor('importedAt', {
      header: 'Imported',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }),
    }),
    column.accessor('filename', { header: 'File' }),
    column.accessor((row) => FORMATS[row.format], { id: 'format', header: 'Format' }),
    column.accessor((row) => row.accountIban ?? '', { id: 'account', header: 'Account' }),
    column.accessor('entries', { header: 'Entries', meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('matched', { header: 'Matched', meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('unmatched', { header: 'Unmatched', meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('ignored', { header: 'Ignored', meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('duplicates', { header: 'Already imported', meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor((row) => row.importedBy ?? '', { id: 'importedBy', header: 'By' }),
  ]);
}

/** Every imported bank file, newest first, with what became of its entries. */
/** `texts`: the table's chrome in the staff member's language (`getTableTexts`). */
export function BankImportsTable({ rows, timeZone, texts }: { rows: BankImportRow[]; timeZone: string; texts: TableTexts }) {
  const columns = useMemo(() => importColumns(timeZone), [timeZone]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={paymentsTestIds.bankImportRow}
      noun="imports"
      emptyText="No bank files imported yet."
    />
  );
}
