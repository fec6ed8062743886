/**
 * Who may do what on the dashboard: the roles, the permissions and the one matrix between them.
 * Pure (no framework, no database): the role column's enum, the guards of pages, routes and
 * actions, and the dashboard's hiding of controls all read this file, so they cannot disagree.
 */

/** The shop's staff, most powerful first. */
export const STAFF_ROLES = ['owner', 'admin', 'support', 'accountant'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Every role a user can have; the `user_role` column takes this list.
 *
 * NOTE: the order is the enum's order in PostgreSQL, where `admin` took the place of the old
 * `staff` value (renamed in the migration) and the new values were appended.
 */
export const ROLES = ['customer', 'admin', 'owner', 'support', 'accountant'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Open the dashboard and read everything on it (lists, invoices, the outbox headers). */
  'read',
  /** Register, settle and cancel payments; import bank files and match their lines. */
  'payments:write',
  /** Issue credit notes, and with them refunds. */
  'credit-notes:write',
  /** Stop subscriptions by hand. */
  'subscriptions:write',
  /** Plans and reminder processes. */
  'catalog:write',
  /** The shop's settings (name, time zone, texts). */
  'settings:write',
  /** Where the money goes: payment provider keys, payout and bank accounts. */
  'provider-settings:write',
  /** Test clocks and their simulated customers. */
  'test-clocks:write',
  /** Add staff, change their roles, remove them. */
  'staff:manage',
  /** Download reports (the payments CSV). */
  'exports:read',
  /** Send an outbox message again. */
  'emails:resend',
  /** Read the audit log of staff changes. */
  'audit:read',
  /** Erase a customer's personal data (a data-protection request). */
  'customers:erase',
  /** Create and revoke the shop's API keys (full access to its data from outside). */
  'api-keys:manage',
  /** Outgoing webhook endpoints and their secrets: where the shop's data is sent. */
  'webhooks:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What only the owner may do: who works in the shop, and where its money goes. */
const OWNER_ONLY: readonly Permission[] = ['staff:manage', 'provider-settings:write', 'api-keys:manage', 'webhooks:manage'];

/**
 * The matrix. An accountant reads the audit log: it is the record of every refund, credit note
 * and payment booked by hand, which is what an accountant checks; support answers customers and
 * does not need to know who changed what.
 */
export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS.filter((permission) => !OWNER_ONLY.includes(permission)),
  support: ['read', 'emails:resend'],
  accountant: ['read', 'exports:read', 'credit-notes:write', 'audit:read'],
};

export function isStaffRole(role: string | null | undefined): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role ?? '');
}

/** Whether a user with `role` may do `permission`; a customer (or anyone unknown) may do none of it. */
export function hasPermission(role: string | null | undefined, permission: Permission): boolean {
  return isStaffRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}

/** Every permission `role` has, for a page that shows or hides several controls at once. */
export function permissionsOf(role: string | null | undefined): ReadonlySet<Permission> {
  return new Set(isStaffRole(role) ? ROLE_PERMISSIONS[role] : []);
}

export const ROLE_LABELS: Record<StaffRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  support: 'Support',
  accountant: 'Accountant',
};
