import { describe, expect, test } from 'vitest';
import { checkAccess, isMerchant } from './access';
import { STAFF_ROLES } from './permissions';
import type { Viewer } from './viewer';

const viewer = (role: Viewer['role'], customerId: string | null = null): Viewer => ({ userId: `u-${role}`, email: `${role}@example.com`, role, customerId });

describe('checkAccess', () => {
  test('nobody signed in is refused everywhere', () => {
    expect(checkAccess(null, { who: 'customer' })).toEqual({ ok: false, reason: 'signed-out' });
    expect(checkAccess(null, { who: 'merchant', permission: 'read' })).toEqual({ ok: false, reason: 'signed-out' });
  });

  test('a customer is a customer, never staff', () => {
    const customer = viewer('customer', 'c1');
    expect(checkAccess(customer, { who: 'customer' })).toEqual({ ok: true, viewer: customer });
    expect(checkAccess(customer, { who: 'merchant', permission: 'read' })).toEqual({ ok: false, reason: 'forbidden' });
    expect(isMerchant(customer)).toBe(false);
  });

  // No impersonation: no role reaches a customer's pages, not even an account that also has a
  // customer record (from before the roles were separated).
  test.each(STAFF_ROLES)('%s is refused as a customer, with or without a customer record', (role) => {
    expect(checkAccess(viewer(role), { who: 'customer' })).toEqual({ ok: false, reason: 'forbidden' });
    expect(checkAccess(viewer(role, 'c-of-staff'), { who: 'customer' })).toEqual({ ok: false, reason: 'forbidden' });
  });

  test('staff without the permission are told it is their role, not that they are signed out', () => {
    expect(checkAccess(viewer('support'), { who: 'merchant', permission: 'payments:write' })).toEqual({ ok: false, reason: 'not-permitted' });
    expect(checkAccess(viewer('admin'), { who: 'merchant', permission: 'payments:write' })).toMatchObject({ ok: true });
  });

  test('a role that no longer exists (the old "staff") has no access at all', () => {
    const legacy = { ...viewer('admin'), role: 'staff' } as unknown as Viewer;
    expect(checkAccess(legacy, { who: 'merchant', permission: 'read' })).toEqual({ ok: false, reason: 'forbidden' });
  });

  test('an unconfirmed customer is refused everything but confirming their address', () => {
    const unconfirmed: Viewer = { ...viewer('customer', 'c1'), unconfirmed: true };
    expect(checkAccess(unconfirmed, { who: 'customer' })).toEqual({ ok: false, reason: 'unconfirmed' });
    expect(checkAccess(unconfirmed, { who: 'customer', unconfirmed: 'allow' })).toEqual({ ok: true, viewer: unconfirmed });
    expect(checkAccess(unconfirmed, { who: 'merchant', permission: 'read' })).toEqual({ ok: false, reason: 'forbidden' });
  });
});
