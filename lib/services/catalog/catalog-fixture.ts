import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, dunningPlans, dunningSteps, plans, products, productVariants } from '@/db/schema';
import type { DunningStep } from '@/lib/billing/dunning';
import type { EditPlanInput, NewPlanInput } from '@/lib/validations/catalog';
import type { ProductInput } from '@/lib/validations/catalog-products';
import type { NewCouponInput } from '@/lib/validations/coupons';

/** The staff member the catalog services are told made the change (the audit log's actor). */
export const CATALOG_ACTOR = { staffUserId: 'catalog-test-staff' };

/**
 * Catalog rows of one test, unique per call, so that test files sharing the database never see
 * each other's plans: the seeded catalog is left as it is.
 */
export async function createCatalogProduct() {
  const tag = randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `catalog-${tag}`, name: `Catalog ${tag}`, kind: 'digital' }).returning();
  return { tag, product: product! };
}

export async function createDunningPlanRow(steps: DunningStep[], name = `Process ${randomUUID().slice(0, 8)}`) {
  const [plan] = await db.insert(dunningPlans).values({ name }).returning();
  if (steps.length > 0) {
    await db.insert(dunningSteps).values(steps.map((step, position) => ({ ...step, dunningPlanId: plan!.id, position })));
  }
  return plan!;
}

/** The fields of a valid new monthly EUR plan, as the action passes them after its schema. */
export function newPlanInput(productId: string, overrides: Partial<NewPlanInput> = {}): NewPlanInput {
  return {
    productId,
    code: `plan-${randomUUID().slice(0, 8)}`,
    currency: 'EUR',
    name: 'Monthly',
    intervalUnit: 'month',
    intervalCount: 1,
    price: '32.00',
    setupFee: null,
    taxRate: 900,
    taxClass: 'standard',
    trialDays: 0,
    commitmentMonths: null,
    maxInstalments: null,
    announceDaysBefore: 14,
    invoiceDaysBefore: 7,
    paymentTermsDays: 14,
    dunningPlanId: null,
    nextPlanId: null,
    offerPrice: null,
    offerTerms: null,
    active: true,
    variantId: null,
    ...overrides,
  };
}

/** An existing plan's edit with the fields it has now (amounts as typed), changed by `overrides`. */
export function editPlanInput(input: NewPlanInput, id: string, overrides: Partial<EditPlanInput> = {}): EditPlanInput {
  const { productId: _productId, code: _code, currency: _currency, ...fields } = input;
  return { ...fields, id, ...overrides };
}

export const planRows = (productId: string) => db.select().from(plans).where(eq(plans.productId, productId)).orderBy(asc(plans.code));
export const planRow = async (id: string) => (await db.select().from(plans).where(eq(plans.id, id)))[0];
export const stepRows = (dunningPlanId: string) =>
  db.select().from(dunningSteps).where(eq(dunningSteps.dunningPlanId, dunningPlanId)).orderBy(asc(dunningSteps.position));
export const dunningPlanRow = async (id: string) => (await db.select().from(dunningPlans).where(eq(dunningPlans.id, id)))[0];

/** A valid new simple product with a unique address, as the action passes it after its schema. */
export function newProductInput(overrides: Partial<ProductInput> = {}): ProductInput {
  const tag = randomUUID().slice(0, 8);
  return { id: null, name: `Product ${tag}`, slug: `product-${tag}`, description: '', kind: 'digital', active: true, variants: [], ...overrides };
}

/** A valid new 10 % coupon with a unique code, as the action passes it after its schema. */
export function newCouponInput(overrides: Partial<NewCouponInput> = {}): NewCouponInput {
  return {
    code: `TEST-${randomUUID().slice(0, 8).toUpperCase()}`,
    kind: 'percent',
    percentOff: 10,
    amountOff: null,
    currency: null,
    duration: 'once',
    durationTerms: null,
    maxRedemptions: null,
    maxRedemptionsPerCustomer: null,
    validUntil: null,
    planIds: [],
    active: true,
    ...overrides,
  };
}

export const variantRows = (productId: string) =>
  db.select().from(productVariants).where(eq(productVariants.productId, productId)).orderBy(asc(productVariants.name));
export const productRow = async (id: string) => (await db.select().from(products).where(eq(products.id, id)))[0];
export const couponRowByCode = async (code: string) => (await db.select().from(coupons).where(eq(coupons.code, code)))[0];
