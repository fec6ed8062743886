import Link from 'next/link';
import { Money } from '@/components/ui/money';
import { listShopProducts } from '@/db/queries/catalog/list-shop-products';

export const dynamic = 'force-dynamic';

export default async function ShopPage() {
  const products = await listShopProducts();
  return (
    <>
      <h1>Shop</h1>
      <div className="grid">
        {products.map((product) => (
          <article key={product.slug} className="panel stack" data-testid={`product-${product.slug}`}>
            <h2 style={{ margin: 0 }}>{product.name}</h2>
            <p className="muted">{product.description}</p>
            {product.fromPriceMinor !== null && product.currency && (
              <p>
                {product.isSubscription ? 'from ' : ''}
                <strong>
                  <Money minor={product.fromPriceMinor} currency={product.currency} />
                </strong>
              </p>
            )}
            <Link className="button" href={`/plans/${product.slug}`}>
              {product.isSubscription ? 'Choose a plan' : 'View'}
            </Link>
          </article>
        ))}
      </div>
    </>
  );
}
