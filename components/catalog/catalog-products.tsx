import Link from 'next/link';
import { formatInterval } from '@/components/dashboard/format-interval';
import { Money } from '@/components/ui/money';
import type { CatalogProduct } from '@/db/queries/catalog/list-catalog-products';
import { catalogTestIds } from './test-ids';

/**
 * Each product with its plans: term, price, the timeline of a term and the reminder process.
 * `canEdit`: the viewer's role may change the catalog (otherwise no "Add a plan" links).
 */
export function CatalogProducts({ products, canEdit }: { products: CatalogProduct[]; canEdit: boolean }) {
  if (products.length === 0) return <p className="muted">No products yet.</p>;
  return (
    <>
      {products.map((product) => (
        <section key={product.id} className="panel" aria-label={product.name} data-testid={catalogTestIds.productSection}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 style={{ margin: 0 }}>
              {product.name} {!product.active && <span className="badge">inactive</span>}
            </h2>
            <span className="row">
              <Link href={`/dashboard/catalog/products/${product.id}`} data-testid={catalogTestIds.editProductLink}>
                {canEdit ? 'Edit product' : 'Product'}
              </Link>
              {canEdit ? (
                <Link href={`/dashboard/catalog/plans/new?product=${product.id}`} data-testid={catalogTestIds.newPlanLink}>
                  Add a plan
                </Link>
              ) : null}
            </span>
          </div>
          {product.plans.length === 0 ? (
            <p className="muted">Sold once, without a plan.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Plan</th>
                  <th>Every</th>
                  <th className="num">Price</th>
                  <th>Timeline (days)</th>
                  <th>Reminder process</th>
                  <th>Status</th>
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
                    <td data-testid={catalogTestIds.planInterval}>{formatInterval(plan.intervalUnit, plan.intervalCount)}</td>
                    <td className="num" data-testid={catalogTestIds.planPrice}>
                      <Money minor={plan.priceMinor} currency={plan.currency} />
                      {plan.setupFeeMinor > 0 && (
                        <div className="muted">
                          + <Money minor={plan.setupFeeMinor} currency={plan.currency} /> setup
                        </div>
                      )}
                      {plan.offerPriceMinor !== null && (
                        <div className="muted">
                          <Money minor={plan.offerPriceMinor} currency={plan.currency} /> for {plan.offerTerms} term
                          {plan.offerTerms === 1 ? '' : 's'}
                        </div>
                      )}
                    </td>
                    <td>
                      announce {plan.announceDaysBefore} · invoice {plan.invoiceDaysBefore} before; due {plan.paymentTermsDays} after
                      {plan.trialDays > 0 && <div className="muted">{plan.trialDays}-day trial</div>}
                    </td>
                    <td>{plan.dunningPlanName ?? <span className="muted">none</span>}</td>
                    <td>{plan.active ? <span className="badge active">active</span> : <span className="badge">inactive</span>}</td>
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
