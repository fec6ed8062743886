import { redirect } from 'next/navigation';
import { NextResponse } from 'next/server';
import { checkAccess, type Access, type CustomerViewer, type Granted, type MerchantRole } from './access';
import { getViewer, type Viewer } from './viewer';

/** The signed-in viewer checked against `access`; read from the session on every call. */
export async function viewerWith<A extends Access>(access: A) {
  return checkAccess(await getViewer(), access);
}

const signIn = (returnTo: string) => `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

/** Where a customer who has not confirmed their address is sent instead. */
export const CONFIRM_ADDRESS_PAGE = '/account/confirm-email';

const customerRefusal = { 'signed-out': null, forbidden: '/dashboard', unconfirmed: CONFIRM_ADDRESS_PAGE } as const;

/**
 * For pages: the signed-in customer, or off to sign in and back (staff go to the dashboard, an
 * unconfirmed customer to confirming their address).
 */
export async function requireCustomerPage(returnTo: string, access: { unconfirmed?: 'allow' } = {}): Promise<CustomerViewer> {
  const checked = await viewerWith({ who: 'customer', ...access });
  if (!checked.ok) redirect(customerRefusal[checked.reason] ?? signIn(returnTo));
  return checked.viewer;
}

/** For pages: merchant staff only (in `roles`, default all); a customer is sent to their account. */
export async function requireMerchantPage(returnTo: string, roles?: readonly MerchantRole[]): Promise<Viewer> {
  const checked = await viewerWith({ who: 'merchant', roles });
  if (!checked.ok) redirect(checked.reason === 'signed-out' ? signIn(returnTo) : '/account?denied=1');
  return checked.viewer;
}

/**
 * For route handlers: the viewer, or the JSON answer to send instead: 401 with `signedOut` when
 * nobody is signed in, 403 with `forbidden` when the viewer may not.
 */
export async function guardRoute<A extends Access>(
  access: A,
  messages: { signedOut: string; forbidden: string },
): Promise<{ ok: true; viewer: Granted<A> } | { ok: false; response: NextResponse }> {
  const checked = await viewerWith(access);
  if (checked.ok) return checked;
  // An unconfirmed customer is refused like anyone without the right: 403.
  const [error, status] = checked.reason === 'signed-out' ? [messages.signedOut, 401] : [messages.forbidden, 403];
  return { ok: false, response: NextResponse.json({ error }, { status }) };
}
