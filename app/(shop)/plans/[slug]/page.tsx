import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/shop/add-to-cart-form';
import { orderPageOptions } from '@/components/shop/order-page-options';
import { getPlanPage } from '@/db/queries/catalog/get-plan-page';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export default async function ProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [page, locale, state] = await Promise.all([getPlanPage(slug.slice(0, 100)), getPageLocale(), readFormFlash('add-to-cart')]);
  if (!page) notFound();
  const { product, plans, variants, nextPlanPrices, pricesIncludeVat } = page;
  const format = createFormatter(locale);
  const groups = orderPageOptions(plans, variants, nextPlanPrices, locale);
  return (
    <div className="panel stack" style={{ maxWidth: 640 }}>
      <h1>{product.name}</h1>
      <p className="muted">{product.description}</p>
      <AddToCartForm
        groups={groups}
        productId={plans.length === 0 ? product.id : null}
        oneOffPrice={product.unitPriceMinor !== null && product.currency ? format.money(product.unitPriceMinor, product.currency) : null}
        texts={{
          ...textsOf(locale, 'shop.product', ['choose', 'chooseVariant', 'quantity', 'addToCart']),
          vatNote: getTranslator(locale, 'shop.price')(pricesIncludeVat ? 'inclVat' : 'exclVat'),
        }}
        state={state}
      />
    </div>
  );
}
