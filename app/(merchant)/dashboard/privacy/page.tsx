import type { Metadata } from 'next';
import { EraseCustomerForm } from '@/components/privacy/erase-customer-form';
import { requireMerchantPage } from '@/lib/auth/guards';
import { outboxRetentionDays } from '@/lib/services/privacy/outbox-retention';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Privacy' };

export default async function PrivacyPage() {
  await requireMerchantPage('/dashboard/privacy', 'customers:erase');
  return (
    <>
      <h1>Privacy</h1>
      <section className="panel stack" aria-label="Erase a customer">
        <h2 style={{ marginTop: 0 }}>Erase a customer</h2>
        <p className="muted">
          When a customer asks to be forgotten: their name, e-mail, company, VAT id and address are replaced by placeholders,
          their account can no longer sign in, their payment methods are removed and the text of the e-mails sent to them is
          deleted. Their invoices and credit notes are kept as they were issued, for as long as the law requires accounting
          records to be kept. A customer with a subscription that has not ended, an open invoice or a pending payment cannot
          be erased yet.
        </p>
        <EraseCustomerForm />
      </section>
      <section className="panel" aria-label="What customers can do themselves">
        <h2 style={{ marginTop: 0 }}>What is automatic</h2>
        <p className="muted">
          Customers download everything the shop holds about them from Min Side. The text of every e-mail is deleted{' '}
          {outboxRetentionDays()} days after it was sent (KADENS_OUTBOX_RETENTION_DAYS); the outbox keeps the record of
          it: to whom, the subject, when and whether it was delivered.
        </p>
      </section>
    </>
  );
}
