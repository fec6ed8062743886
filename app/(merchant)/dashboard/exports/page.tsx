import type { Metadata } from 'next';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { DATA_EXPORT_TABLES } from '@/db/queries/exports/data-export-batches';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.exports')('title') };
}

/** The full data export: one CSV per table, for a BI tool or a spreadsheet. */
export default async function DataExportPage() {
  await requireMerchantPage('/dashboard/exports', 'exports:read');
  const t = getTranslator(await getPageLocale(), 'dashboard.lists.exports');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
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
