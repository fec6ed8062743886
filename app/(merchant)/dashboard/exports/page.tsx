import type { Metadata } from 'next';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { DATA_EXPORT_TABLES } from '@/db/queries/exports/data-export-batches';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Data export' };

/** The full data export: one CSV per table, for a BI tool or a spreadsheet. */
export default async function DataExportPage() {
  await requireMerchantPage('/dashboard/exports', 'exports:read');
  return (
    <>
      <h1>Data export</h1>
      <p className="muted">
        Every row of the shop’s real customers (test clocks left out), one CSV file per table, comma-separated with a header row.
        Amounts are in minor units (cents) with their currency; times are ISO 8601 in UTC. The columns are described in the
        project’s docs/data-export.md. Each list on the dashboard also downloads as CSV with its own search and filters.
      </p>
      <section className="panel">
        <ul data-testid={dashboardTestIds.dataExportTables} style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {DATA_EXPORT_TABLES.map((table) => (
            <li key={table}>
              <a href={`/dashboard/exports/data/${table}`} download>
                {table}.csv
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
