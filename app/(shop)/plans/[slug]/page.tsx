import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/shop/add-to-cart-form';
import { planPriceLabel } from '@/components/shop/plan-price-label';
import { getProductPage } from '@/db/queries/catalog/get-product-page';
import { formatMoney } from '@/lib/billing/money';

export const dynamic = 'force-dynamic';

export default async function ProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await getProductPage(slug.slice(0, 100));
  if (!page) notFound();
  const { product, plans, nextPlanPrices } = page;
  const options = plans.map((plan) => ({
    id: plan.id,
    code: plan.code,
    label: `${plan.name}: ${planPriceLabel(plan, plan.nextPlanId ? nextPlanPrices.get(plan.nextPlanId) : undefined)}`,
    notes: [
      plan.trialDays > 0 ? `${plan.trialDays}-day free trial` : null,
      plan.setupFeeMinor > 0 ? `one-time setup fee ${formatMoney(plan.setupFeeMinor, plan.currency, 'en-GB')}` : null,
      plan.commitmentMonths ? `${plan.commitmentMonths}-month commitment` : null,
      plan.maxInstalments ? `${plan.maxInstalments} payments in total` : null,
    ].filter((n): n is string => n !== null),
  }));
  return (
    <div className="panel stack" style={{ maxWidth: 640 }}>
      <h1>{product.name}</h1>
      <p className="muted">{product.description}</p>
      <AddToCartForm
        plans={options}
        productId={plans.length === 0 ? product.id : null}
        oneOffPrice={
          product.unitPriceMinor !== null && product.currency ? formatMoney(product.unitPriceMinor, product.currency, 'en-GB') : null
        }
      />
    </div>
  );
}
