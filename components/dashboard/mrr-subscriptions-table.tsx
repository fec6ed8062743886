import Link from 'next/link';
import type { MrrSubscriptionRow } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { formatMoney } from '@/lib/billing/money';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { dashboardIntlTag, formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/**
 * The subscriptions behind one figure: who (a link to the customer), what, its status now, and
 * the amount it adds to the figure; in the staff member's language.
 */
export function MrrSubscriptionsTable({
  rows,
  currency,
  timeZone,
  withDate,
  locale = 'en',
}: {
  rows: MrrSubscriptionRow[];
  currency: string;
  timeZone: string;
  withDate: boolean;
  locale?: Locale;
}) {
  const t = getTranslator(locale, 'dashboard.overview.drill');
  const status = getTranslator(locale, 'statuses');
  if (rows.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('colCustomer')}</th>
          <th>{t('colPlan')}</th>
          <th>{t('colStatus')}</th>
          {withDate ? <th>{t('colDate')}</th> : null}
          <th className="num">{withDate ? t('colChange') : t('colMrr')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.subscriptionId}|${row.occurredAt?.toISOString() ?? ''}`} data-testid={dashboardTestIds.mrrSubscriptionRow}>
            <td>
              <Link href={`/dashboard/customers/${row.customerId}`}>{row.customerName}</Link>
            </td>
            <td>
              {row.productName} · {row.planName}
            </td>
            <td>
              <StatusBadge status={row.status} label={status('label', { status: row.status })} />
            </td>
            {withDate ? <td>{formatDate(row.occurredAt?.toISOString() ?? null, timeZone, { time: true, locale })}</td> : null}
            <td className="num">{formatMoney(row.amountMinor, currency, dashboardIntlTag(locale))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
