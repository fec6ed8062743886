import { NextResponse } from 'next/server';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { DATA_EXPORT_COLUMNS, DATA_EXPORT_TABLES, dataExportBatches, type DataExportRow, type DataExportTable } from '@/db/queries/exports/data-export-batches';
import { guardRoute } from '@/lib/auth/guards';
import { csvDownloadHeaders, csvStream, csvText } from '@/lib/csv';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One table of the full data export for BI tools (docs/data-export.md): every row of the shop's
 * real customers (simulations left out), streamed in primary-key batches. Staff who may export only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ table?: string }> }) {
  const guard = await guardRoute({ who: 'merchant', permission: 'exports:read' }, {
    signedOut: 'Sign in to export.',
    forbidden: 'Only the shop’s staff can export.',
    notPermitted: 'Your role does not allow you to export.',
  });
  if (!guard.ok) return guard.response;
  const { table = '' } = await params;
  if (!(DATA_EXPORT_TABLES as readonly string[]).includes(table)) {
    return NextResponse.json({ error: `There is no table called “${table}” in the export; there are ${DATA_EXPORT_TABLES.join(', ')}.` }, { status: 404 });
  }
  const name = table as DataExportTable;
  const columns = DATA_EXPORT_COLUMNS[name].map((key) => ({
    header: snake(key),
    value: (row: DataExportRow) => (typeof row[key] === 'string' ? csvText(row[key]) : row[key]),
  }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(columns, dataExportBatches(name, REAL_TIME)), { headers: csvDownloadHeaders(`kadens-${name}-${day}.csv`) });
}
