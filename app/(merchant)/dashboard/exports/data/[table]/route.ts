import { REAL_TIME } from '@/db/queries/clock-scope';
import { DATA_EXPORT_COLUMNS, DATA_EXPORT_TABLES, dataExportBatches, type DataExportRow, type DataExportTable } from '@/db/queries/exports/data-export-batches';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { staffAnswer } from '@/lib/http/staff-answer';
import { manageMessage } from '@/lib/i18n/manage-code';
import { csvDownloadHeaders, csvStream, csvText } from '@/lib/csv';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One table of the full data export for BI tools (docs/data-export.md): every row of the shop's
 * real customers (simulations left out), streamed in primary-key batches. Staff who may export only;
 * refusals in their language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table?: string }> }) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'exports:read' }, 'csvExport');
  if (!guard.ok) return guard.response;
  const { table = '' } = await params;
  if (!(DATA_EXPORT_TABLES as readonly string[]).includes(table)) {
    return staffAnswer(guard.locale, manageMessage('exportTableUnknown', { table, tables: DATA_EXPORT_TABLES.join(', ') }), 404);
  }
  const name = table as DataExportTable;
  const columns = DATA_EXPORT_COLUMNS[name].map((key) => ({
    header: snake(key),
    value: (row: DataExportRow) => (typeof row[key] === 'string' ? csvText(row[key]) : row[key]),
  }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(columns, dataExportBatches(name, REAL_TIME)), { headers: csvDownloadHeaders(`kadens-${name}-${day}.csv`) });
}
