import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { plans, products, productVariants, type Plan, type Product } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { Cart } from '@/lib/validations/cart';

export type ResolvedItem =
  | { kind: 'plan'; index: number; plan: Plan; product: Product; variantName: string | null; quantity: number }
  | { kind: 'one_off'; index: number; product: Product; quantity: number };

export type ResolvedCart = {
  items: ResolvedItem[];
  currency: string;
  needsShipping: boolean;
};

/**
 * Turns the cookie's ids into catalog rows. Prices always come from here, never from the form,
 * so a tampered id or price can only fail, not buy something cheaper.
 */
export async function resolveCart(db: DbOrTx, cart: Cart): Promise<Result<ResolvedCart, DomainErrorShape>> {
  if (cart.items.length === 0) return err(domainError('cart_empty', 'Your cart is empty. Choose a plan first.'));
  const planIds = cart.items.flatMap((i) => (i.planId ? [i.planId] : []));
  const productIds = cart.items.flatMap((i) => (i.productId ? [i.productId] : []));

  const planRows = planIds.length
    ? await db
        .select({ plan: plans, product: products, variantName: productVariants.name })
        .from(plans)
        .innerJoin(products, eq(plans.productId, products.id))
        .leftJoin(productVariants, eq(plans.variantId, productVariants.id))
        .where(and(inArray(plans.id, planIds), eq(plans.active, true), eq(products.active, true)))
    : [];
  const productRows = productIds.length
    ? await db
        .select()
        .from(products)
        .where(and(inArray(products.id, productIds), eq(products.active, true)))
    : [];

  const items: ResolvedItem[] = [];
  for (const [index, item] of cart.items.entries()) {
    if (item.planId) {
      const row = planRows.find((r) => r.plan.id === item.planId);
      if (!row) return err(domainError('cart_plan_gone', 'A plan in your cart is no longer available. Remove it and choose again.'));
      items.push({ kind: 'plan', index, plan: row.plan, product: row.product, variantName: row.variantName, quantity: item.quantity });
    } else {
      const product = productRows.find((p) => p.id === item.productId);
      if (!product || product.unitPriceMinor === null || !product.currency) {
        return err(domainError('cart_product_gone', 'A product in your cart is no longer available. Remove it and choose again.'));
      }
      items.push({ kind: 'one_off', index, product, quantity: item.quantity });
    }
  }

  const currencies = new Set(items.map((i) => (i.kind === 'plan' ? i.plan.currency : i.product.currency)));
  if (currencies.size > 1) return err(domainError('cart_mixed_currencies', 'Your cart mixes currencies; order items in one currency at a time.'));
  return ok({
    items,
    currency: [...currencies][0]!,
    needsShipping: items.some((i) => i.product.kind === 'physical'),
  });
}
