import { notFound, redirect } from 'next/navigation';
import { findProviderPaymentCustomer } from '@/db/queries/payments/find-provider-payment-customer';
import { checkAccess } from '@/lib/auth/access';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { isTestProviderMounted } from '@/lib/config/test-provider-mounted';

/** Every test-provider path, page or action, starts here: not mounted (production) is a 404. */
export function requireTestProviderMounted(): void {
  if (!isTestProviderMounted()) notFound();
}

/**
 * Who may act on one test payment: the shop's staff, or the signed-in customer the payment is
 * for (the payer of their own checkout or pay link). Nobody else, so a stranger cannot mark an
 * order paid with the test provider even where it is mounted.
 */
export async function mayActOnTestPayment(viewer: Viewer | null, providerPaymentId: string): Promise<boolean> {
  if (!viewer) return false;
  if (checkAccess(viewer, { who: 'merchant', permission: 'payments:write' }).ok) return true;
  return viewer.customerId !== null && (await findProviderPaymentCustomer('test', providerPaymentId)) === viewer.customerId;
}

/** For the hosted payment page: signed out goes to sign in and back; anyone else not allowed gets a 404. */
export async function requireTestPayerPage(providerPaymentId: string): Promise<Viewer> {
  requireTestProviderMounted();
  const viewer = await getViewer();
  const returnTo = `/test-provider/pay/${providerPaymentId}`;
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!(await mayActOnTestPayment(viewer, providerPaymentId))) notFound();
  return viewer;
}

/** For the sandbox dashboard, which acts on every payment: the shop's staff only. */
export async function requireTestProviderStaffPage(returnTo: string): Promise<Viewer> {
  requireTestProviderMounted();
  return requireMerchantPage(returnTo, 'payments:write');
}
