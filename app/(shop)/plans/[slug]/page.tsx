import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/shop/add-to-cart-form';
import { planPriceLabel } from '@/components/shop/plan-price-label';
import { getProductPage } from '@/db/queries/catalog/get-product-page';
import { getPageLocale } from '@/lib/auth/page-locale';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export default async function ProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [page, locale] = await Promise.all([getProductPage(slug.slice(0, 100)), getPageLocale()]);
  if (!page) notFound();
  const { product, plans, nextPlanPrices } = page;
  const t = getTranslator(locale, 'shop.product');
  const format = createFormatter(locale);
  const options = plans.map((plan) => ({
    id: plan.id,
    code: plan.code,
    label: t('plan', { plan: plan.name, price: planPriceLabel(plan, plan.nextPlanId ? nextPlanPrices.get(plan.nextPlanId) : undefined, locale) }),
    notes: [
      plan.trialDays > 0 ? t('trial', { days: String(plan.trialDays) }) : null,
      plan.setupFeeMinor > 0 ? t('setupFee', { amount: format.money(plan.setupFeeMinor, plan.currency) }) : null,
      plan.commitmentMonths ? t('commitment', { months: String(plan.commitmentMonths) }) : null,
      plan.maxInstalments ? t('instalments', { count: String(plan.maxInstalments) }) : null,
    ].filter((n): n is string => n !== null),
  }));
  return (
    <div className="panel stack" style={{ maxWidth: 640 }}>
      <h1>{product.name}</h1>
      <p className="muted">{product.description}</p>
      <AddToCartForm
        plans={options}
        productId={plans.length === 0 ? product.id : null}
        oneOffPrice={product.unitPriceMinor !== null && product.currency ? format.money(product.unitPriceMinor, product.currency) : null}
        texts={textsOf(locale, 'shop.product', ['choose', 'quantity', 'addToCart'])}
      />
    </div>
  );
}
