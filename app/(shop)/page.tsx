import Link from 'next/link';
import { listShopProducts } from '@/db/queries/catalog/list-shop-products';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { getPageLocale } from '@/lib/auth/page-locale';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export default async function ShopPage() {
  const [products, locale, settings] = await Promise.all([listShopProducts(), getPageLocale(), getStorefrontSettings()]);
  const t = getTranslator(locale, 'shop.front');
  const format = createFormatter(locale, settings.timeZone);
  const vatNote = getTranslator(locale, 'shop.price')(settings.pricesIncludeVat ? 'inclVat' : 'exclVat');
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="grid">
        {products.map((product) => (
          <article key={product.slug} className="panel stack" data-testid={`product-${product.slug}`}>
            <h2 style={{ margin: 0 }}>{product.name}</h2>
            <p className="muted">{product.description}</p>
            {product.fromPriceMinor !== null && product.currency && (
              <p>
                <strong>
                  {product.isSubscription
                    ? t('from', { price: format.money(product.fromPriceMinor, product.currency) })
                    : format.money(product.fromPriceMinor, product.currency)}
                </strong>{' '}
                <span className="muted" data-testid="vat-note">
                  {vatNote}
                </span>
              </p>
            )}
            <Link className="button" href={`/plans/${product.slug}`}>
              {product.isSubscription ? t('choosePlan') : t('view')}
            </Link>
          </article>
        ))}
      </div>
    </>
  );
}
