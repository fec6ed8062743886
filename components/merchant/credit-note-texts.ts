import type { CreditNoteFormProps } from './credit-note-form';
import { formatMoney } from '@/lib/billing/money';
import type { Locale } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

/** The invoice being credited, with what can still be credited (an open invoice: what it still owes). */
type CreditableInvoice = { number: string | null; currency: string; status: 'open' | 'paid'; creditableMinor: number };

/** The credit note form's texts in `locale`, with the invoice's number and what can still be credited filled in. */
export function creditNoteTexts(locale: Locale, invoice: CreditableInvoice): CreditNoteFormProps['texts'] {
  const t = getTranslator(locale, 'dashboard.manage.creditNote');
  const amount = formatMoney(invoice.creditableMinor, invoice.currency);
  return {
    ...textsOf(locale, 'dashboard.manage.creditNote', ['amount', 'reason', 'money', 'auto', 'refund', 'balance', 'submit']),
    heading: t('heading', { number: invoice.number ?? '' }),
    creditable: t(invoice.status === 'open' ? 'creditableOpen' : 'creditable', { amount }),
    everything: t('everything', { amount }),
    anAmount: t('anAmount', { currency: invoice.currency }),
    amountIn: t('amountIn', { currency: invoice.currency }),
  };
}
