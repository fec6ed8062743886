'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { BankImportRow } from '@/lib/services/payments/bank-import/list-bank-imports';
import { paymentsTestIds } from '../payments-test-ids';
import type { TableTexts } from '@/components/tables/table-texts';
import type { Templates } from '@/lib/i18n/templates';

type BankImportsTexts = TableTexts & { noun: string; empty: string; columns: Templates<'dashboard.manage.bankImports.columns'> };

const column = dataTableColumns<BankImportRow>();
const FORMATS: Record<BankImportRow['format'], string> = { camt053: 'camt.053', ocr: 'OCR giro' };

function importColumns(timeZone: string, { locale, columns: c }: BankImportsTexts) {
  return column.columns([
    column.accessor('importedAt', {
      header: c.importedAt,
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true, locale }),
    }),
    column.accessor('filename', { header: c.filename }),
    column.accessor((row) => FORMATS[row.format], { id: 'format', header: c.format }),
    column.accessor((row) => row.accountIban ?? '', { id: 'account', header: c.account }),
    column.accessor('entries', { header: c.entries, meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('matched', { header: c.matched, meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('unmatched', { header: c.unmatched, meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('ignored', { header: c.ignored, meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor('duplicates', { header: c.duplicates, meta: { numeric: true }, enableGlobalFilter: false }),
    column.accessor((row) => row.importedBy ?? '', { id: 'importedBy', header: c.importedBy }),
  ]);
}

/** Every imported bank file, newest first, with what became of its entries. */
/** `texts`: the table's chrome (`getTableTexts`) and its own words (dashboard.manage.bankImports) in the staff member's language. */
export function BankImportsTable({ rows, timeZone, texts }: { rows: BankImportRow[]; timeZone: string; texts: BankImportsTexts }) {
  const columns = useMemo(() => importColumns(timeZone, texts), [timeZone, texts]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={paymentsTestIds.bankImportRow}
      noun={texts.noun}
      emptyText={texts.empty}
    />
  );
}
