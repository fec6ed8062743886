import { hasPermission, isStaffRole, type Permission, type StaffRole } from './permissions';
import type { Viewer } from './viewer';

export type MerchantRole = StaffRole;

/**
 * Who may do something: a customer (their own rows), or the shop's staff whose role grants
 * `permission` (lib/auth/permissions.ts). Pages, actions and routes check the same requirement,
 * each answering a refusal in its own way (a redirect, a form error, a 401/403).
 */
export type Access =
  // `unconfirmed: 'allow'` only for what an unconfirmed customer must reach: confirming.
  | { who: 'customer'; unconfirmed?: 'allow' }
  | { who: 'merchant'; permission: Permission };

export type CustomerViewer = Viewer & { customerId: string };

/** The viewer a requirement grants: a customer always has their customer id. */
export type Granted<A extends Access> = A extends { who: 'customer' } ? CustomerViewer : Viewer;

/**
 * Why a viewer is refused: nobody is signed in; they are not who the requirement is for (a
 * customer on the dashboard, staff on Min Side); they are staff whose role lacks the permission;
 * or they are a customer who has not confirmed their address yet.
 */
export type Refusal = 'signed-out' | 'forbidden' | 'not-permitted' | 'unconfirmed';

export type AccessCheck<A extends Access> = { ok: true; viewer: Granted<A> } | { ok: false; reason: Refusal };

/** Any of the shop's staff, whatever their role. */
export function isMerchant(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && isStaffRole(viewer.role);
}

/**
 * Whether `viewer` meets `access`; pure, so every guard decides the same way.
 *
 * NOTE: a customer is granted by their customer record alone, never by a role: staff have no
 * customer record, so no role can act as a customer (there is no impersonation path).
 */
export function checkAccess<A extends Access>(viewer: Viewer | null, access: A): AccessCheck<A> {
  if (!viewer) return { ok: false, reason: 'signed-out' };
  if (access.who === 'customer') {
    if (viewer.customerId === null || viewer.role !== 'customer') return { ok: false, reason: 'forbidden' };
    // NOTE: until a self-registered customer confirms their address, the account may be someone
    // else's pre-registration in their name: it shows nothing and allows nothing but confirming.
    if (viewer.unconfirmed && access.unconfirmed !== 'allow') return { ok: false, reason: 'unconfirmed' };
    return { ok: true, viewer: viewer as Granted<A> };
  }
  if (!isMerchant(viewer)) return { ok: false, reason: 'forbidden' };
  return hasPermission(viewer.role, access.permission) ? { ok: true, viewer: viewer as Granted<A> } : { ok: false, reason: 'not-permitted' };
}
