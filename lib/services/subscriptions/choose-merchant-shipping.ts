import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { products, shippingMethods, type Plan } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

/**
 * The shipping method a merchant names for a plan they start (the API): a shipped (physical)
 * plan needs one of the shop's active methods in the plan's currency, as at checkout, where the
 * customer chooses among those listed; a plan that is not shipped takes none. Named, not
 * defaulted, so the merchant's caller never pays for a shipping it did not choose.
 */
export async function chooseMerchantShipping(
  db: DbOrTx,
  plan: Plan,
  shippingMethodId: string | null,
): Promise<Result<string | null, DomainErrorShape>> {
  const [product] = await db.select({ kind: products.kind }).from(products).where(eq(products.id, plan.productId));
  const shipped = product?.kind === 'physical';
  if (!shipped) {
    return shippingMethodId === null
      ? ok(null)
      : err(domainError('shipping_not_needed', 'This plan is not shipped: leave out `shipping_method`.', 'shipping_method'));
  }
  if (shippingMethodId === null) {
    return err(domainError('shipping_method_required', 'This plan is shipped: choose a shipping method (`shipping_method`, the id of one of the shop’s active shipping methods in the plan’s currency).', 'shipping_method'));
  }
  const [method] = await db
    .select({ id: shippingMethods.id })
    .from(shippingMethods)
    .where(and(eq(shippingMethods.id, shippingMethodId), eq(shippingMethods.active, true), eq(shippingMethods.currency, plan.currency)));
  if (!method) {
    return err(domainError('shipping_method_unknown', 'Choose one of the shop’s active shipping methods in the plan’s currency as `shipping_method`.', 'shipping_method'));
  }
  return ok(method.id);
}
