import { describe, expect, test } from 'vitest';
import { hasPermission, PERMISSIONS, ROLES, STAFF_ROLES, type Permission } from './permissions';

/**
 * The roles as the product defines them, written out by hand (not derived from the matrix):
 * owner everything; admin everything but staff and payout/provider settings; support read-only
 * and may resend e-mails; accountant reads, exports, issues credit notes (and reads the audit log).
 */
const EXPECTED: Record<Permission, string> = {
  read: 'owner admin support accountant',
  'payments:write': 'owner admin',
  'credit-notes:write': 'owner admin accountant',
  'subscriptions:write': 'owner admin',
  'catalog:write': 'owner admin',
  'settings:write': 'owner admin',
  'provider-settings:write': 'owner',
  'test-clocks:write': 'owner admin',
  'staff:manage': 'owner',
  'exports:read': 'owner admin accountant',
  'emails:resend': 'owner admin support',
  'audit:read': 'owner admin accountant',
  'customers:erase': 'owner admin',
  'api-keys:manage': 'owner',
  'webhooks:manage': 'owner',
};

describe('the permission matrix', () => {
  test('every permission is in the table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  test.each(PERMISSIONS.flatMap((permission) => ROLES.map((role) => [permission, role] as const)))('%s for %s', (permission, role) => {
    expect(hasPermission(role, permission)).toBe(EXPECTED[permission].split(' ').includes(role));
  });

  test('a customer, an unknown role or no role has no permission at all', () => {
    for (const role of ['customer', 'staff', '', null, undefined]) {
      expect(PERMISSIONS.filter((permission) => hasPermission(role, permission))).toEqual([]);
    }
  });

  test('the staff roles are the roles but the customer', () => {
    expect([...STAFF_ROLES].sort()).toEqual(ROLES.filter((role) => role !== 'customer').sort());
  });
});
