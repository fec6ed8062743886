import { describe, expect, test } from 'vitest';
import { checkAccess, type Access } from './access';
import type { Viewer } from './viewer';

const CUSTOMER: Viewer = { userId: 'u1', email: 'c@example.com', role: 'customer', customerId: 'c1' };
const UNCONFIRMED: Viewer = { ...CUSTOMER, unconfirmed: true };
const STAFF: Viewer = { userId: 'u2', email: 's@example.com', role: 'staff', customerId: null };
const OWNER: Viewer = { ...STAFF, role: 'owner' };

describe('checkAccess', () => {
  test.each<[string, Viewer | null, Access, string]>([
    ['nobody', null, { who: 'customer' }, 'signed-out'],
    ['a customer', CUSTOMER, { who: 'customer' }, 'ok'],
    ['an unconfirmed customer', UNCONFIRMED, { who: 'customer' }, 'unconfirmed'],
    ['an unconfirmed customer, confirming', UNCONFIRMED, { who: 'customer', unconfirmed: 'allow' }, 'ok'],
    ['staff', STAFF, { who: 'customer' }, 'forbidden'],
    ['staff', STAFF, { who: 'merchant' }, 'ok'],
    ['staff, where only the owner may', STAFF, { who: 'merchant', roles: ['owner'] }, 'forbidden'],
    ['the owner', OWNER, { who: 'merchant', roles: ['owner'] }, 'ok'],
    ['a customer', CUSTOMER, { who: 'merchant' }, 'forbidden'],
  ])('%s asking for %o: %s', (_who, viewer, access, expected) => {
    const checked = checkAccess(viewer, access);
    expect(checked.ok ? 'ok' : checked.reason).toBe(expected);
  });
});
