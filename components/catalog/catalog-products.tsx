import Link from 'next/link';
import { formatInterval, type IntervalTexts } from '@/components/dashboard/format-interval';
import { Money } from '@/components/ui/money';
import type { CatalogProduct } from '@/db/queries/catalog/list-catalog-products';
import type { Translator } from '@/lib/i18n/translator';
import { catalogTestIds } from './test-ids';

/**
 * Each product with its plans: term, price, the timeline of a term and the reminder process.
 * `canEdit`: the viewer's role may change the catalog (otherwise no "Add a plan" links).
 */
export function CatalogProducts({
  products,
  canEdit,
  t,
  intervals,
}: {
  products: CatalogProduct[];
  canEdit: boolean;
  t: Translator<'dashboard.manage.catalog'>;
  /** A term's length in the staff member's language (`dashboard.table`). */
  intervals: IntervalTexts;
}) {
  if (products.length === 0) return <p className="muted">{t('noProducts')}</p>;
  return (
    <>
      {products.map((product) => (
        <section key={product.id} className="panel" aria-label={product.name} data-testid={catalogTestIds.productSection}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 style={{ margin: 0 }}>
              {product.name} {!product.active && <span className="badge">{t('badgeInactive')}</span>}
            </h2>
            <span className="row">
              <Link href={`/dashboard/catalog/products/${product.id}`} data-testid={catalogTestIds.editProductLink}>
                {canEdit ? t('editProduct') : t('product')}
              </Link>
              {canEdit ? (
                <Link href={`/dashboard/catalog/plans/new?product=${product.id}`} data-testid={catalogTestIds.newPlanLink}>
                  {t('addPlan')}
                </Link>
              ) : null}
            </span>
          </div>
          {product.plans.length === 0 ? (
            <p className="muted">{t('soldOnce')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('plan')}</th>
                  <th>{t('every')}</th>
                  <th className="num">{t('colPrice')}</th>
                  <th>{t('colTimeline')}</th>
                  <th>{t('reminderProcess')}</th>
                  <th>{t('colStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {product.plans.map((plan) => (
                  <tr key={plan.id} data-testid={catalogTestIds.planRow}>
                    <td>
                      <Link href={`/dashboard/catalog/plans/${plan.id}`} data-testid={catalogTestIds.planLink}>
                        {plan.name}
                      </Link>
                      <div className="muted">
                        <code>{plan.code}</code>
                        {plan.variantName !== null && (
                          <>
                            {' · '}
                            <span data-testid={catalogTestIds.planVariant}>{plan.variantName}</span>
                          </>
                        )}
                      </div>
                    </td>
                    <td data-testid={catalogTestIds.planInterval}>{formatInterval(plan.intervalUnit, plan.intervalCount, intervals)}</td>
                    <td className="num" data-testid={catalogTestIds.planPrice}>
                      <Money minor={plan.priceMinor} currency={plan.currency} />
                      {plan.setupFeeMinor > 0 && (
                        <div className="muted">
                          {t.rich('listSetupFee', { money: () => <Money minor={plan.setupFeeMinor} currency={plan.currency} /> })}
                        </div>
                      )}
                      {plan.offerPriceMinor !== null && (
                        <div className="muted">
                          {t.rich('listOffer', { money: () => <Money minor={plan.offerPriceMinor ?? 0} currency={plan.currency} />, terms: plan.offerTerms ?? 0 })}
                        </div>
                      )}
                    </td>
                    <td>
                      {t('listTimeline', { announce: String(plan.announceDaysBefore), invoice: String(plan.invoiceDaysBefore), due: String(plan.paymentTermsDays) })}
                      {plan.trialDays > 0 && <div className="muted">{t('listTrial', { days: plan.trialDays })}</div>}
                    </td>
                    <td>{plan.dunningPlanName ?? <span className="muted">{t('none')}</span>}</td>
                    <td>{plan.active ? <span className="badge active">{t('badgeActive')}</span> : <span className="badge">{t('badgeInactive')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
