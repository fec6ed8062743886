import { describe, expect, test } from 'vitest';
import type { CouponRules } from './coupon';
import { retentionOffers } from './retention-offer';

const NOW = new Date('3001-01-10T00:00:00Z');
const coupon: CouponRules = {
  code: 'STAY20',
  kind: 'percent',
  percentOff: 20,
  amountOffMinor: null,
  currency: null,
  duration: 'repeating',
  durationTerms: 3,
  planIds: null,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  timesRedeemed: 0,
  maxRedemptionsPerCustomer: null,
  active: true,
};
const subscription = { couponId: null, planId: 'plan-a', currency: 'EUR' };

describe('retentionOffers', () => {
  test.each([
    ['pause and coupon', {}, ['pause', 'coupon']],
    ['no pause allowed', { pauseAllowed: false }, ['coupon']],
    ['no coupon set', { coupon: null }, ['pause']],
    ['the subscription has a coupon already', { subscription: { ...subscription, couponId: 'other' } }, ['pause']],
    ['the coupon is switched off', { coupon: { ...coupon, active: false } }, ['pause']],
    ['the coupon has expired', { coupon: { ...coupon, validUntil: new Date('3001-01-01T00:00:00Z') } }, ['pause']],
    ['the coupon is for other plans', { coupon: { ...coupon, planIds: ['plan-b'] } }, ['pause']],
    ['a fixed amount in another currency', { coupon: { ...coupon, kind: 'fixed', percentOff: null, amountOffMinor: 500, currency: 'NOK' } }, ['pause']],
    ['nothing to offer', { pauseAllowed: false, coupon: null }, []],
  ] as const)('%s', (_name, over, offers) => {
    expect(retentionOffers({ pauseAllowed: true, coupon, subscription, now: NOW, ...(over as object) })).toEqual(offers);
  });
});
