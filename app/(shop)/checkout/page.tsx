import { redirect } from 'next/navigation';
import { REGISTER_TEXT_KEYS, SIGN_IN_TEXT_KEYS } from '@/components/auth/auth-texts';
import { RegisterForm } from '@/components/auth/register-form';
import { SignInForm } from '@/components/auth/sign-in-form';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getViewer } from '@/lib/auth/viewer';
import { readFormFlash } from '@/lib/http/form-flash';
import { readCart } from '@/lib/cart/cart-cookie';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.checkout')('title') };
}

/** Step 2: a returning customer signs in, a new one registers with their invoice address. */
export default async function CheckoutAccountPage() {
  const cart = await readCart();
  if (cart.items.length === 0) redirect('/cart');
  const viewer = await getViewer();
  if (viewer?.customerId) redirect('/checkout/details');
  const [settings, locale, signInState, linkState, registerState] = await Promise.all([
    getStorefrontSettings(),
    getPageLocale(),
    readFormFlash('sign-in'),
    readFormFlash('sign-in-link'),
    readFormFlash('register'),
  ]);
  const t = getTranslator(locale, 'shop.checkout');
  return (
    <>
      <CheckoutSteps current="account" locale={locale} />
      {viewer && (
        <p className="alert error" role="alert">
          {t('staff', { email: viewer.email })}
        </p>
      )}
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' }}>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t('haveAccount')}</h2>
          <SignInForm
            callbackUrl="/checkout/details"
            texts={textsOf(locale, 'auth.signInForm', SIGN_IN_TEXT_KEYS)}
            state={signInState}
            linkState={linkState}
          />
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t('newHere')}</h2>
          <RegisterForm
            callbackUrl="/checkout/details"
            requirePassword={settings.requirePassword}
            locale={locale}
            texts={textsOf(locale, 'auth.register', REGISTER_TEXT_KEYS)}
            state={registerState}
          />
        </section>
      </div>
    </>
  );
}
