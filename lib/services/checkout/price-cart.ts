import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { coupons, shippingMethods, type Coupon, type ShippingMethod } from '@/db/schema';
import { checkCoupon, normalizeCouponCode, type CouponRefusal, type CouponRules } from '@/lib/billing/coupon';
import { priceForTerm } from '@/lib/billing/plan-terms';
import type { PriceMode } from '@/lib/billing/net-prices';
import { priceCheckout, type PricedInvoice, type PricingItem } from '@/lib/billing/pricing';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { err, ok, type Result } from '@/lib/billing/result';
import type { CountryEvidence } from '@/lib/billing/vat/country-evidence';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf, type LineVat, type TaxableItem, type VatContext } from '@/lib/billing/vat/line-vat';
import type { VatCategoryCode } from '@/lib/billing/vat/vat-category';
import { planLineDescription } from '@/lib/billing/line-description';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { Cart } from '@/lib/validations/cart';
import { customerRedemptions } from './redeem-coupon';
import { resolveCart, type ResolvedCart } from './resolve-cart';

export type PricedCart = {
  resolved: ResolvedCart;
  priced: PricedInvoice;
  coupon: Coupon | null;
  shippingMethod: ShippingMethod | null;
  shippingOptions: ShippingMethod[];
};

/** Why a cart cannot be priced: its code (the customer's message), and the part of the page it is about. */
export type PriceCartError = DomainErrorShape & {
  field: 'cart' | 'coupon' | 'shipping';
};

export function couponRulesOf(coupon: Coupon): CouponRules {
  return { ...coupon, planIds: coupon.planIds ?? null };
}

/**
 * Looks up a coupon by what the customer typed and checks it against this cart (and, when the
 * customer is known, against the orders they already placed with it).
 */
export async function findApplicableCoupon(
  db: DbOrTx,
  code: string,
  resolved: ResolvedCart,
  now: Date,
  customerId: string | null = null,
): Promise<Result<Coupon, CouponRefusal>> {
  const [coupon] = await db
    .select()
    .from(coupons)
    .where(eq(coupons.code, normalizeCouponCode(code)))
    .limit(1);
  if (!coupon) {
    const typed = normalizeCouponCode(code);
    return err({
      code: 'coupon_unknown',
      message: `We do not know the code ${typed}. Check it for typos.`,
      params: { code: typed },
    });
  }
  const planIds = resolved.items.flatMap((i) => (i.kind === 'plan' ? [i.plan.id] : []));
  const used = customerId ? await customerRedemptions(db, { couponId: coupon.id, customerId }) : 0;
  const checked = checkCoupon(couponRulesOf(coupon), {
    now,
    currency: resolved.currency,
    planIds,
    customerRedemptions: used,
  });
  return checked.ok ? ok(coupon) : err(checked.error);
}

/**
 * Everything the cart, summary and order need: catalog rows, coupon, shipping and the priced lines.
 * With `vat` (the buyer is known: placing the order) each line's VAT category and rate are decided
 * for that buyer (lib/billing/vat); without it, lines carry the shop's own rates. With the shop's
 * VAT-inclusive prices amounts are the same either way (only the VAT they contain differs); with
 * net prices VAT is added on top, so a reverse-charged or exported order costs the net price.
 */
export async function priceCart(
  db: DbOrTx,
  cart: Cart,
  now: Date,
  vat: {
    context: VatContext | null;
    evidence: CountryEvidence[];
  } | null = null,
  /** The shop's price mode as the caller read its settings; read here when not given. */
  mode?: PriceMode,
): Promise<Result<PricedCart, PriceCartError>> {
  const resolved = await resolveCart(db, cart);
  if (!resolved.ok) return err({ ...resolved.error, field: 'cart' });

  let coupon: Coupon | null = null;
  if (cart.couponCode) {
    const found = await findApplicableCoupon(db, cart.couponCode, resolved.value, now);
    if (!found.ok) return err({ ...found.error, field: 'coupon' });
    coupon = found.value;
  }

  const shippingOptions = resolved.value.needsShipping
    ? await db
        .select()
        .from(shippingMethods)
        .where(and(eq(shippingMethods.active, true), eq(shippingMethods.currency, resolved.value.currency)))
        .orderBy(asc(shippingMethods.priceMinor))
    : [];
  let shippingMethod: ShippingMethod | null = null;
  if (resolved.value.needsShipping) {
    shippingMethod = shippingOptions.find((m) => m.id === cart.shippingMethodId) ?? shippingOptions.find((m) => m.isDefault) ?? shippingOptions[0] ?? null;
    if (!shippingMethod)
      return err({
        ...domainError('no_shipping_method', 'No shipping method is available for this order.'),
        field: 'shipping',
      });
  }

  const decided: LineVat[] = [];
  const decide = (item: TaxableItem): { taxRateBp: number; vatCategory?: VatCategoryCode } => {
    if (!vat) return { taxRateBp: item.shopRateBp };
    const line = lineVat(vat.context, item);
    if (!line.ok) throw new VatUndecided(line.error);
    decided.push(line.value);
    return { taxRateBp: line.value.rateBp, vatCategory: line.value.category };
  };
  const items: PricingItem[] = [];
  try {
    items.push(...itemsOf(resolved.value, decide));
    if (shippingMethod) {
      items.push({
        kind: 'shipping',
        ref: 'shipping',
        description: `Shipping: ${shippingMethod.name}`,
        unitPriceMinor: shippingMethod.priceMinor,
        ...decide({
          taxClass: shippingMethod.taxRateBp > 0 ? 'standard' : 'zero',
          supply: 'physical',
          shopRateBp: shippingMethod.taxRateBp,
        }),
      });
    }
  } catch (error) {
    if (error instanceof VatUndecided) return err({ ...domainError('vat', error.message), field: 'cart' });
    throw error;
  }

  const { pricesIncludeVat } = mode ?? (await getShopSettings(db));
  const priced = priceCheckout({
    currency: resolved.value.currency,
    items,
    coupon: coupon ? couponRulesOf(coupon) : null,
    mode: { pricesIncludeVat },
  });
  // Prices are the catalog's and quantities were checked with the cart: a refusal here is the cart's.
  if (!priced.ok)
    return err({
      ...domainError('cart_unpriceable', priced.error),
      field: 'cart',
    });
  const invoice = vat ? { ...priced.value, vat: documentVat(vat.context, decided, vat.evidence) } : priced.value;
  return ok({
    resolved: resolved.value,
    priced: invoice,
    coupon,
    shippingMethod,
    shippingOptions,
  });
}

/** A VAT rate missing for a country the sale is taxed in: the order cannot be priced. */
class VatUndecided extends Error {}

function itemsOf(
  resolved: ResolvedCart,
  decide: (item: TaxableItem) => {
    taxRateBp: number;
    vatCategory?: VatCategoryCode;
  },
): PricingItem[] {
  return resolved.items.map((item) =>
    item.kind === 'plan'
      ? {
          kind: 'plan',
          ref: String(item.index),
          planId: item.plan.id,
          description: planLineDescription({ productName: item.product.name, variantName: item.variantName, planName: item.plan.name }),
          quantity: item.quantity,
          // A campaign's offer price applies from the first term (the engine prices later terms).
          unitPriceMinor: priceForTerm({
            listPriceMinor: item.plan.priceMinor,
            offerPriceMinor: item.plan.offerPriceMinor,
            offerTerms: item.plan.offerTerms,
            term: 0,
          }).unitPriceMinor,
          setupFeeMinor: item.plan.setupFeeMinor,
          ...decide({
            taxClass: item.plan.taxClass,
            supply: supplyKindOf(item.product.kind),
            shopRateBp: item.plan.taxRateBp,
          }),
          trial: item.plan.trialDays > 0,
        }
      : {
          kind: 'one_off',
          ref: String(item.index),
          productId: item.product.id,
          description: item.product.name,
          quantity: item.quantity,
          unitPriceMinor: item.product.unitPriceMinor!,
          ...decide({
            taxClass: item.product.taxClass,
            supply: supplyKindOf(item.product.kind),
            shopRateBp: item.product.taxRateBp,
          }),
        },
  );
}
