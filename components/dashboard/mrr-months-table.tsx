import Link from 'next/link';
import type { MrrMonth } from '@/db/queries/dashboard/get-mrr-months';
import type { MrrFigure } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { formatMoney } from '@/lib/billing/money';
import { formatRateBp } from '@/lib/billing/metrics/rates';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { dashboardIntlTag } from './format-date';
import { dashboardTestIds } from './test-ids';

const MOVEMENT_COLUMNS = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;

/** Where the list of the subscriptions behind one figure is. */
export function figureHref(currency: string, month: string, figure: MrrFigure): string {
  return `/dashboard/metrics/subscriptions?${new URLSearchParams({ currency, month, figure })}`;
}

/** One currency's months: MRR at start and end, each kind of movement, subscribers and churn rates; figures link to their subscriptions. */
export function MrrMonthsTable({ currency, months, locale = 'en' }: { currency: string; months: MrrMonth[]; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.overview');
  const tag = dashboardIntlTag(locale);
  const money = (minor: number) => formatMoney(minor, currency, tag);
  const rate = (bp: number | null) => formatRateBp(bp, tag);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid={dashboardTestIds.mrrMonthsTable}>
        <thead>
          <tr>
            <th>{t('month')}</th>
            <th className="num">{t('mrrAtStart')}</th>
            {MOVEMENT_COLUMNS.map((kind) => (
              <th key={kind} className="num">
                {t(kind)}
              </th>
            ))}
            <th className="num">{t('mrrAtEnd')}</th>
            <th className="num">{t('subscribersColumn')}</th>
            <th className="num">{t('customerChurn')}</th>
            <th className="num">{t('grossRevenueChurn')}</th>
            <th className="num">{t('netRevenueChurn')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month} data-testid={dashboardTestIds.mrrMonthRow}>
              <td>{m.month}</td>
              <td className="num">{money(m.openingMinor)}</td>
              {MOVEMENT_COLUMNS.map((kind) => (
                <td key={kind} className="num">
                  {m.movementCounts[kind] === 0 ? (
                    <span className="muted">{money(0)}</span>
                  ) : (
                    <Link href={figureHref(currency, m.month, kind)} title={t('changes', { count: String(m.movementCounts[kind]) })}>
                      {money(m.movements[kind])}
                    </Link>
                  )}
                </td>
              ))}
              <td className="num">
                <Link href={figureHref(currency, m.month, 'mrr')}>{money(m.closingMinor)}</Link>
              </td>
              <td className="num">{m.subscribersAtEnd}</td>
              <td className="num" title={t('churnedOf', { churned: String(m.churnedCustomers), start: String(m.subscribersAtStart) })}>
                {m.churnedCustomers > 0 ? <Link href={figureHref(currency, m.month, 'churn')}>{rate(m.customerChurnBp)}</Link> : rate(m.customerChurnBp)}
              </td>
              <td className="num">{rate(m.grossRevenueChurnBp)}</td>
              <td className="num">{rate(m.netRevenueChurnBp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
