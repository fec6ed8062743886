import { redirect } from 'next/navigation';
import { NextResponse } from 'next/server';
import { checkAccess, type Access, type CustomerViewer, type Granted } from './access';
import type { Permission } from './permissions';
import { getViewer, type Viewer } from './viewer';

/** The signed-in viewer checked against `access`; read from the session on every call. */
export async function viewerWith<A extends Access>(access: A) {
  return checkAccess(await getViewer(), access);
}

const signIn = (returnTo: string) => `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

/** Where a staff member lands on a page their role may not open: the overview says why. */
export const deniedPage = (permission: Permission) => `/dashboard?denied=${encodeURIComponent(permission)}`;

/** For pages: the signed-in customer, or off to sign in and back (staff go to the dashboard). */
export async function requireCustomerPage(returnTo: string): Promise<CustomerViewer> {
  const checked = await viewerWith({ who: 'customer' });
  if (!checked.ok) redirect(checked.reason === 'signed-out' ? signIn(returnTo) : '/dashboard');
  return checked.viewer;
}

/**
 * For pages: staff whose role grants `permission`. Signed out: to sign in and back; a customer:
 * to their account; staff without the permission: to the overview, which says so.
 */
export async function requireMerchantPage(returnTo: string, permission: Permission): Promise<Viewer> {
  const checked = await viewerWith({ who: 'merchant', permission });
  if (checked.ok) return checked.viewer;
  if (checked.reason === 'signed-out') redirect(signIn(returnTo));
  redirect(checked.reason === 'not-permitted' ? deniedPage(permission) : '/account?denied=1');
}

/**
 * For route handlers: the viewer, or the JSON answer to send instead: 401 with `signedOut` when
 * nobody is signed in, 403 with `forbidden` when the viewer is not who the route is for, and 403
 * with `notPermitted` when they are staff whose role lacks the permission.
 */
export async function guardRoute<A extends Access>(
  access: A,
  messages: { signedOut: string; forbidden: string; notPermitted?: string },
): Promise<{ ok: true; viewer: Granted<A> } | { ok: false; response: NextResponse }> {
  const checked = await viewerWith(access);
  if (checked.ok) return checked;
  const answers = {
    'signed-out': [messages.signedOut, 401],
    forbidden: [messages.forbidden, 403],
    'not-permitted': [messages.notPermitted ?? 'Your role does not allow this.', 403],
  } as const;
  const [error, status] = answers[checked.reason];
  return { ok: false, response: NextResponse.json({ error }, { status }) };
}
