import { redirect } from 'next/navigation';
import { getViewer, isMerchant, type Viewer } from './viewer';

/** For pages: the signed-in customer, or off to sign in and back. */
export async function requireCustomerPage(returnTo: string): Promise<Viewer & { customerId: string }> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!viewer.customerId) redirect('/dashboard');
  return viewer as Viewer & { customerId: string };
}

/** For pages: merchant staff only; a customer is sent to their own account. */
export async function requireMerchantPage(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!isMerchant(viewer)) redirect('/account?denied=1');
  return viewer;
}
