import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, plans, products, type Coupon, type Plan, type Product } from '@/db/schema';
import { allOf, pageConditions, pageOrder, toPage, type Page, type PageRequest } from './page';

// The catalog belongs to the shop, not to a customer: no clock scope applies (a simulation uses
// the real plans).

export async function listApiProducts(page: PageRequest): Promise<Page<Product>> {
  const rows = await db
    .select()
    .from(products)
    .where(allOf(pageConditions(products, products.createdAt, products.id, page)))
    .orderBy(...pageOrder(products.createdAt, products.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiProduct(id: string): Promise<Product | null> {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row ?? null;
}

/** Plans have no creation time: they page by their unique code, in order. */
export async function listApiPlans(page: Omit<PageRequest, 'createdGte' | 'createdLt'>, filter: { productId?: string }): Promise<Page<Plan>> {
  const rows = await db
    .select()
    .from(plans)
    .where(
      allOf([
        filter.productId ? eq(plans.productId, filter.productId) : undefined,
        page.after ? gt(plans.code, sql`(select ${plans.code} from ${plans} where ${plans.id} = ${page.after})`) : undefined,
      ]),
    )
    .orderBy(asc(plans.code))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiPlan(id: string): Promise<Plan | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row ?? null;
}

export async function listApiCoupons(page: PageRequest): Promise<Page<Coupon>> {
  const rows = await db
    .select()
    .from(coupons)
    .where(allOf(pageConditions(coupons, coupons.createdAt, coupons.id, page)))
    .orderBy(...pageOrder(coupons.createdAt, coupons.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

export async function getApiCoupon(id: string): Promise<Coupon | null> {
  const [row] = await db.select().from(coupons).where(and(eq(coupons.id, id)));
  return row ?? null;
}
