import Link from 'next/link';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { formatMoney } from '@/lib/billing/money';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { dashboardIntlTag, formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/** The few newest invoices on the overview, with a way to all of them. */
export function LatestInvoices({ rows, timeZone, locale = 'en' }: { rows: InvoiceListRow[]; timeZone: string; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.overview');
  const status = getTranslator(locale, 'statuses');
  return (
    <section className="panel" data-testid={dashboardTestIds.latestInvoices} aria-label={t('latestInvoices')}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>{t('latestInvoices')}</h2>
        <Link href="/dashboard/invoices">{t('allInvoices')}</Link>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('noInvoices')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('number')}</th>
              <th>{t('customer')}</th>
              <th>{t('issued')}</th>
              <th>{t('status')}</th>
              <th className="num">{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invoice) => (
              <tr key={invoice.id} data-testid={dashboardTestIds.latestInvoiceRow}>
                <td>{invoice.number ?? <span className="muted">{status('label', { status: 'draft' })}</span>}</td>
                <td>{invoice.customerName}</td>
                <td>{formatDate(invoice.issuedAt, timeZone, { locale })}</td>
                <td>
                  <StatusBadge status={invoice.status} label={status('label', { status: invoice.status })} />
                </td>
                <td className="num">{formatMoney(invoice.totalMinor, invoice.currency, dashboardIntlTag(locale))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
