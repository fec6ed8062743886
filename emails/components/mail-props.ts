import type { Locale } from '@/lib/i18n/locales';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import type { ShopIdentity } from './layout';

/** What every customer e-mail is rendered with: its language, the shop, the merchant's texts. */
export type MailBaseProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
};

/** A payment on one invoice that did not stay paid: it failed, or it was taken back. */
export type PaymentNoticeProps = MailBaseProps & {
  invoiceNumber: string;
  amountMinor: number;
  currency: string;
  /** The method that was charged ("Visa •••• 4242", "SEPA direct debit DE89 •••• 3000"), when known. */
  paymentMethodLabel?: string | null;
  /** The provider's or bank's reason, as it gave it ("insufficient funds"). */
  reason: string | null;
};
