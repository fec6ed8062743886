import type { Role } from './auth';
import type { Viewer } from './viewer';

export type MerchantRole = Exclude<Role, 'customer'>;

/** Today's rule for the dashboard: the owner and every staff member. */
export const MERCHANT_ROLES: readonly MerchantRole[] = ['owner', 'staff'];

/**
 * Who may do something: a customer (their own rows), or the shop's staff in one of `roles`
 * (default: all of them). Pages, actions and routes check the same requirement, each answering
 * a refusal in its own way (a redirect, a form error, a 401/403).
 */
export type Access =
  // `unconfirmed: 'allow'` only for what an unconfirmed customer must reach: confirming.
  | { who: 'customer'; unconfirmed?: 'allow' }
  | { who: 'merchant'; roles?: readonly MerchantRole[] };

export type CustomerViewer = Viewer & { customerId: string };

/** The viewer a requirement grants: a customer always has their customer id. */
export type Granted<A extends Access> = A extends { who: 'customer' } ? CustomerViewer : Viewer;

export type AccessCheck<A extends Access> =
  | { ok: true; viewer: Granted<A> }
  | { ok: false; reason: 'signed-out' | 'forbidden' | 'unconfirmed' };

export function isMerchant(viewer: Viewer | null, roles: readonly MerchantRole[] = MERCHANT_ROLES): viewer is Viewer {
  return viewer !== null && (roles as readonly Role[]).includes(viewer.role);
}

/** Whether `viewer` meets `access`; pure, so every guard decides the same way. */
export function checkAccess<A extends Access>(viewer: Viewer | null, access: A): AccessCheck<A> {
  if (!viewer) return { ok: false, reason: 'signed-out' };
  // NOTE: until a self-registered customer confirms their address, the account may be someone
  // else's pre-registration in their name: it shows nothing and allows nothing but confirming.
  if (access.who === 'customer' && viewer.customerId !== null && viewer.unconfirmed && access.unconfirmed !== 'allow') {
    return { ok: false, reason: 'unconfirmed' };
  }
  const granted = access.who === 'customer' ? viewer.customerId !== null : isMerchant(viewer, access.roles);
  return granted ? { ok: true, viewer: viewer as Granted<A> } : { ok: false, reason: 'forbidden' };
}
