import { IdParams } from '../schemas/common';
import { Coupon, CouponList, CouponListQuery, Plan, PlanList, PlanListQuery, Product, ProductList, ProductListQuery } from '../schemas/catalog';
import { defineOperation } from '../operation';

export const listProducts = defineOperation({
  method: 'get', path: '/products', operationId: 'listProducts', tag: 'Catalog', scope: 'read',
  summary: 'List products', query: ProductListQuery,
  response: { status: 200, description: 'A page of products.', schema: ProductList },
  errors: [400],
});

export const getProduct = defineOperation({
  method: 'get', path: '/products/{id}', operationId: 'getProduct', tag: 'Catalog', scope: 'read',
  summary: 'Retrieve a product', params: IdParams,
  response: { status: 200, description: 'The product.', schema: Product },
  errors: [404],
});

export const listPlans = defineOperation({
  method: 'get', path: '/plans', operationId: 'listPlans', tag: 'Catalog', scope: 'read',
  summary: 'List plans', description: 'In order of their code.', query: PlanListQuery,
  response: { status: 200, description: 'A page of plans.', schema: PlanList },
  errors: [400],
});

export const getPlan = defineOperation({
  method: 'get', path: '/plans/{id}', operationId: 'getPlan', tag: 'Catalog', scope: 'read',
  summary: 'Retrieve a plan', params: IdParams,
  response: { status: 200, description: 'The plan.', schema: Plan },
  errors: [404],
});

export const listCoupons = defineOperation({
  method: 'get', path: '/coupons', operationId: 'listCoupons', tag: 'Catalog', scope: 'read',
  summary: 'List coupons', query: CouponListQuery,
  response: { status: 200, description: 'A page of coupons.', schema: CouponList },
  errors: [400],
});

export const getCoupon = defineOperation({
  method: 'get', path: '/coupons/{id}', operationId: 'getCoupon', tag: 'Catalog', scope: 'read',
  summary: 'Retrieve a coupon', params: IdParams,
  response: { status: 200, description: 'The coupon.', schema: Coupon },
  errors: [404],
});
