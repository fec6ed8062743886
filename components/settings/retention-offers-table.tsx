import type { RetentionOfferRow } from '@/db/queries/dashboard/list-retention-offers';
import { formatDate } from '@/components/dashboard/format-date';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

const OUTCOME = { pause: 'outcomePause', coupon: 'outcomeCoupon', stop: 'outcomeStop' } as const;

/** What customers who chose to stop were offered, and what they did (newest first). */
export function RetentionOffersTable({ rows, timeZone, locale }: { rows: RetentionOfferRow[]; timeZone: string; locale: Locale }) {
  const t = getTranslator(locale, 'dashboard.manage.settings');
  if (rows.length === 0) return <p className="muted">{t('retentionNone')}</p>;
  return (
    <table data-testid="retention-offers-table">
      <thead>
        <tr>
          <th>{t('retentionWhen')}</th>
          <th>{t('retentionCustomer')}</th>
          <th>{t('retentionOffered')}</th>
          <th>{t('retentionAnswer')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{formatDate(r.at, timeZone)}</td>
            <td>
              {r.customerName} <span className="muted">{r.customerEmail}</span>
            </td>
            <td>{r.offered.map((o) => (o === 'coupon' && r.couponCode ? t('offerCoupon', { code: r.couponCode }) : o === 'pause' ? t('offerPause') : o)).join(', ')}</td>
            <td>
              {r.outcome in OUTCOME ? t(OUTCOME[r.outcome as keyof typeof OUTCOME]) : r.outcome}
              {r.outcome === 'stop' && r.stopReason ? <span className="muted"> ({r.stopReason.replace(/_/g, ' ')})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
