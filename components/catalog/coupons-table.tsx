import Link from 'next/link';
import { Money } from '@/components/ui/money';
import type { CouponRow as Coupon } from '@/db/queries/catalog/list-coupons';
import type { Translator } from '@/lib/i18n/translator';
import { catalogTestIds } from './test-ids';

/** The last day a coupon works, as the merchant typed it (`validUntil` is the midnight after it). */
function lastDay(validUntil: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(validUntil.getTime() - 1));
}

/** The coupons with their discount, how long it applies, their limits and uses so far. */
export function CouponsTable({ rows, timeZone, t }: { rows: Coupon[]; timeZone: string; t: Translator<'dashboard.manage.catalog'> }) {
  if (rows.length === 0) return <p className="muted">{t('noCoupons')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('code')}</th>
          <th>{t('discount')}</th>
          <th>{t('appliesTo')}</th>
          <th>{t('limits')}</th>
          <th className="num">{t('colUsed')}</th>
          <th>{t('colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((coupon) => (
          <tr key={coupon.id} data-testid={catalogTestIds.couponRow}>
            <td>
              <Link href={`/dashboard/catalog/coupons/${coupon.id}`} data-testid={catalogTestIds.couponLink}>
                <code>{coupon.code}</code>
              </Link>
            </td>
            <td>
              {t.rich('couponOff', {
                amount: () => (coupon.kind === 'percent' ? `${coupon.percentOff} %` : <Money minor={coupon.amountOffMinor ?? 0} currency={coupon.currency ?? 'EUR'} />),
              })}
            </td>
            <td>
              {coupon.duration === 'once' ? t('couponFirstTerm') : coupon.duration === 'forever' ? t('couponEveryTerm') : t('couponTerms', { count: coupon.durationTerms ?? 0 })}
              <div className="muted">{coupon.planIds ? t('couponPlans', { count: coupon.planIds.length }) : t('couponEveryPlan')}</div>
            </td>
            <td>
              {[
                coupon.maxRedemptions !== null ? t('couponOrders', { count: coupon.maxRedemptions }) : null,
                coupon.maxRedemptionsPerCustomer !== null ? t('couponPerCustomer', { count: String(coupon.maxRedemptionsPerCustomer) }) : null,
                coupon.validUntil ? t('couponUntil', { date: lastDay(coupon.validUntil, timeZone) }) : null,
              ]
                .filter(Boolean)
                .join(' · ') || <span className="muted">{t('none')}</span>}
            </td>
            <td className="num">{coupon.timesRedeemed}</td>
            <td>{coupon.active ? <span className="badge active">{t('badgeActive')}</span> : <span className="badge">{t('badgeInactive')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
