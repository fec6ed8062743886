import { redirect } from 'next/navigation';
import { TokenButtonForm } from '@/components/auth/token-button-form';
import { resendConfirmationAction } from '@/lib/actions/auth/resend-confirmation-action';
import { requireCustomerPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Confirm your e-mail address' };

/**
 * All an unconfirmed account shows. It may be someone's registration in another person's name,
 * so nothing of the customer (orders, invoices, address) appears until the address is confirmed.
 */
export default async function ConfirmAddressPage() {
  const viewer = await requireCustomerPage('/account/confirm-email', { unconfirmed: 'allow' });
  if (!viewer.unconfirmed) redirect('/account');
  return (
    <div className="panel stack" style={{ maxWidth: 560 }} data-testid="confirm-address">
      <h1>Confirm your e-mail address</h1>
      <p>
        We sent a link to <strong>{viewer.email}</strong>. Open it and enter your password to confirm that the address is yours. Until
        then your account shows nothing and you cannot order with it.
      </p>
      <TokenButtonForm action={resendConfirmationAction} label="Send me a new link" testId="resend-confirmation" />
    </div>
  );
}
