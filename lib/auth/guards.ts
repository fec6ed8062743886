import { redirect } from 'next/navigation';
import { NextResponse } from 'next/server';
import { customerAnswer } from '@/lib/http/customer-answer';
import type { ErrorKey } from '@/lib/i18n/localize-message';
import type { Locale } from '@/lib/i18n/locales';
import { checkAccess, type Access, type CustomerViewer, type Granted } from './access';
import type { Permission } from './permissions';
import { requestLocale } from './request-locale';
import { getViewer, type Viewer } from './viewer';

/** The signed-in viewer checked against `access`; read from the session on every call. */
export async function viewerWith<A extends Access>(access: A) {
  return checkAccess(await getViewer(), access);
}

const signIn = (returnTo: string) => `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

/** Where a staff member lands on a page their role may not open: the overview says why. */
export const deniedPage = (permission: Permission) => `/dashboard?denied=${encodeURIComponent(permission)}`;

/** Where a customer who has not confirmed their address is sent instead. */
export const CONFIRM_ADDRESS_PAGE = '/account/confirm-email';

const customerRefusal = { 'signed-out': null, forbidden: '/dashboard', 'not-permitted': '/dashboard', unconfirmed: CONFIRM_ADDRESS_PAGE } as const;

/**
 * For pages: the signed-in customer, or off to sign in and back (staff go to the dashboard, an
 * unconfirmed customer to confirming their address).
 */
export async function requireCustomerPage(returnTo: string, access: { unconfirmed?: 'allow' } = {}): Promise<CustomerViewer> {
  const checked = await viewerWith({ who: 'customer', ...access });
  if (!checked.ok) redirect(customerRefusal[checked.reason] ?? signIn(returnTo));
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
  // An unconfirmed customer is refused like anyone without the right: 403.
  const answers = {
    'signed-out': [messages.signedOut, 401],
    forbidden: [messages.forbidden, 403],
    'not-permitted': [messages.notPermitted ?? 'Your role does not allow this.', 403],
    unconfirmed: [messages.forbidden, 403],
  } as const;
  const [error, status] = answers[checked.reason];
  return { ok: false, response: NextResponse.json({ error }, { status }) };
}

/**
 * For a customer's own route (a download, a return from the provider): the signed-in customer and
 * the language to answer them in, or the refusal to send instead, worded in the request's
 * language: 401 with `signedOut`, 403 with `forbidden` (staff, an unconfirmed customer).
 */
export async function guardCustomerRoute(
  request: Request,
  codes: { signedOut: ErrorKey; forbidden: ErrorKey },
): Promise<{ ok: true; viewer: CustomerViewer; locale: Locale } | { ok: false; response: Response }> {
  const checked = await viewerWith({ who: 'customer' });
  if (checked.ok) return { ok: true, viewer: checked.viewer, locale: await requestLocale(request, checked.viewer.customerId) };
  const locale = await requestLocale(request);
  return { ok: false, response: checked.reason === 'signed-out' ? customerAnswer(locale, codes.signedOut, 401) : customerAnswer(locale, codes.forbidden, 403) };
}
