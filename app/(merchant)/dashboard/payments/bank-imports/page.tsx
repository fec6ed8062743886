import type { Metadata } from 'next';
import Link from 'next/link';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { listBankImports } from '@/lib/services/payments/bank-import/list-bank-imports';
import { BankImportForm } from './bank-import-form';
import { BankImportsTable } from './bank-imports-table';
import { getTableTexts } from '@/components/tables/table-texts';
import { getPageLocale } from '@/lib/auth/page-locale';
import { templatesOf } from '@/lib/i18n/templates';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { bankImportFormTexts } from './bank-import-form-texts';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.bankImports')('title') };
}

export default async function BankImportsPage() {
  const viewer = await requireMerchantPage('/dashboard/payments/bank-imports', 'read');
  const [settings, rows, locale] = await Promise.all([getDashboardSettings(), listBankImports(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.bankImports');
  const waiting = rows.reduce((sum, row) => sum + row.unmatched, 0);
  return (
    <>
      <h1>{t('title')}</h1>
      {hasPermission(viewer.role, 'payments:write') ? (
        <section className="panel stack" aria-label={t('importHeading')}>
          <h2>{t('importHeading')}</h2>
          <p className="muted">{t.rich('intro', { queue: (chunks) => <Link href="/dashboard/payments/unmatched">{chunks}</Link> })}</p>
          <BankImportForm texts={bankImportFormTexts(locale)} />
        </section>
      ) : null}
      <section className="panel" aria-label={t('imported')}>
        <h2>{t('imported')}</h2>
        {waiting > 0 ? (
          <p>
            <Link href="/dashboard/payments/unmatched">{t('waiting', { count: waiting })}</Link>
          </p>
        ) : null}
        <BankImportsTable rows={rows} timeZone={settings.timeZone} texts={{ ...getTableTexts(locale), ...textsOf(locale, 'dashboard.manage.bankImports', ['noun', 'empty']), columns: templatesOf(locale, 'dashboard.manage.bankImports.columns') }} />
      </section>
    </>
  );
}
