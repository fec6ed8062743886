import { redirect } from 'next/navigation';
import { RegisterForm } from '@/components/auth/register-form';
import { SignInForm } from '@/components/auth/sign-in-form';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { getViewer } from '@/lib/auth/viewer';
import { readCart } from '@/lib/cart/cart-cookie';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Checkout' };

/** Step 2: a returning customer signs in, a new one registers with their invoice address. */
export default async function CheckoutAccountPage() {
  const cart = await readCart();
  if (cart.items.length === 0) redirect('/cart');
  const viewer = await getViewer();
  if (viewer?.customerId) redirect('/checkout/details');
  const settings = await getStorefrontSettings();
  return (
    <>
      <CheckoutSteps current="Account" />
      {viewer && (
        <p className="alert error" role="alert">
          You are signed in as staff ({viewer.email}). Sign out and use a customer account to order.
        </p>
      )}
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' }}>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>I have an account</h2>
          <SignInForm callbackUrl="/checkout/details" />
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>I am new here</h2>
          <RegisterForm callbackUrl="/checkout/details" requirePassword={settings.requirePassword} />
        </section>
      </div>
    </>
  );
}
