import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

export type BankTransferDetailsProps = {
  locale: Locale;
  timeZone: string;
  invoiceNumber: string;
  amountMinor: number;
  currency: string;
  /** The seller's account as printed on the invoice; null when the shop has none on file. */
  account: string | null;
  reference: string | null;
  /** ISO 8601. */
  dueAt: string | null;
  /** Whether the subscriptions already run, or start when the money arrives. */
  access: 'order' | 'payment';
};

/** The thank-you page of an order paid by invoice: the same payment details as the e-mailed invoice. */
export function BankTransferDetails(props: BankTransferDetailsProps) {
  const t = getTranslator(props.locale, 'shop.thankYou');
  const f = createFormatter(props.locale, props.timeZone);
  const rows: [string, string, string][] = [
    [t('amount'), f.money(props.amountMinor, props.currency), 'transfer-amount'],
    ...(props.account ? [[t('account'), props.account, 'transfer-account'] as [string, string, string]] : []),
    ...(props.reference ? [[t('reference'), props.reference, 'transfer-reference'] as [string, string, string]] : []),
    ...(props.dueAt ? [[t('dueDate'), f.date(props.dueAt), 'transfer-due-date'] as [string, string, string]] : []),
  ];
  return (
    <section className="stack" aria-labelledby="how-to-pay" data-testid="bank-transfer-details">
      <p data-testid="thank-you-access">{props.access === 'order' ? t('accessNow') : t('accessOnPayment')}</p>
      <p>
        {t.rich('invoiceSent', {
          invoice: props.invoiceNumber,
          strong: (chunks) => <strong data-testid="thank-you-invoice-number">{chunks}</strong>,
        })}
      </p>
      <h2 id="how-to-pay">{t('howToPay')}</h2>
      <p>{t('transferIntro')}</p>
      <dl>
        {rows.map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
