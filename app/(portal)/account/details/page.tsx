import Link from 'next/link';
import { CustomerDetailsForm } from '@/components/customers/customer-details-form';
import { detailsFormValues } from '@/components/customers/details-form-values';
import { detailsTexts } from '@/components/customers/details-texts';
import { OwnEmailForm } from '@/components/customers/own-email-form';
import { hasPassword } from '@/db/queries/auth/has-password';
import { getCustomerDetails } from '@/db/queries/portal/get-customer-details';
import { updateOwnDetailsAction } from '@/lib/actions/portal/update-own-details-action';
import { requireCustomerPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your details' };

/**
 * Min Side → Details: name, invoice address, business identity, phone and language (the
 * language of their e-mails and PDFs), the sign-in address (changed through a link sent to the
 * new one) and the choice to sign in by link only; the password lives on /account/security.
 */
export default async function AccountDetailsPage() {
  const viewer = await requireCustomerPage('/account/details');
  const [{ id: _id, email, ...details }, withPassword] = await Promise.all([getCustomerDetails(viewer.customerId), hasPassword(viewer.userId)]);
  const texts = detailsTexts(details.locale, email);
  return (
    <div lang={details.locale}>
      <p>
        <Link href="/account">{texts.back}</Link>
      </p>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <section className="panel" style={{ maxWidth: 640 }}>
        <CustomerDetailsForm action={updateOwnDetailsAction} initial={detailsFormValues(details)} texts={texts} signInPreference />
      </section>
      <section className="panel stack" style={{ maxWidth: 640 }}>
        <h2 style={{ margin: 0 }}>{texts.accountHeading}</h2>
        <OwnEmailForm texts={texts} hasPassword={withPassword} />
        <p>
          <Link href="/account/security" data-testid="details-security-link">
            {texts.passwordLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
