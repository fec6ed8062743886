import type { Locale } from '@/emails/i18n';

type CreditNotePdfMessages = {
  title: string;
  number: string;
  date: string;
  invoice: string;
  reason: string;
  disposition: { refund: string; balance: string; reduce_open: (invoiceNumber: string) => string };
};

/**
 * The words only a credit note has, in the customer's language; everything it shares with the
 * invoice (columns, totals, VAT summary, page numbers) comes from the invoice's own messages.
 */
const messages: Record<Locale, CreditNotePdfMessages> = {
  en: {
    title: 'Credit note',
    number: 'Credit note number',
    date: 'Credit note date',
    invoice: 'Credits invoice',
    reason: 'Reason',
    disposition: {
      refund: 'The amount is refunded to the payment method you paid with.',
      balance: 'The amount is added to your credit balance and used on your next invoice.',
      reduce_open: (n) => `The amount is deducted from what invoice ${n} still owes.`,
    },
  },
  nl: {
    title: 'Creditnota',
    number: 'Creditnotanummer',
    date: 'Datum creditnota',
    invoice: 'Crediteert factuur',
    reason: 'Reden',
    disposition: {
      refund: 'Het bedrag wordt terugbetaald via de betaalmethode waarmee je hebt betaald.',
      balance: 'Het bedrag wordt bijgeschreven op je tegoed en verrekend met je volgende factuur.',
      reduce_open: (n) => `Het bedrag wordt afgetrokken van wat er op factuur ${n} nog openstaat.`,
    },
  },
  de: {
    title: 'Gutschrift',
    number: 'Gutschriftsnummer',
    date: 'Datum der Gutschrift',
    invoice: 'Zur Rechnung',
    reason: 'Grund',
    disposition: {
      refund: 'Der Betrag wird auf das Zahlungsmittel erstattet, mit dem Sie bezahlt haben.',
      balance: 'Der Betrag wird Ihrem Guthaben gutgeschrieben und mit Ihrer nächsten Rechnung verrechnet.',
      reduce_open: (n) => `Der Betrag wird vom offenen Betrag der Rechnung ${n} abgezogen.`,
    },
  },
  nb: {
    title: 'Kreditnota',
    number: 'Kreditnotanummer',
    date: 'Kreditnotadato',
    invoice: 'Krediterer faktura',
    reason: 'Årsak',
    disposition: {
      refund: 'Beløpet betales tilbake til betalingsmåten du betalte med.',
      balance: 'Beløpet settes inn som tilgode og trekkes fra neste faktura.',
      reduce_open: (n) => `Beløpet trekkes fra det som gjenstår å betale på faktura ${n}.`,
    },
  },
};

export function creditNotePdfMessages(locale: Locale): CreditNotePdfMessages {
  return messages[locale] ?? messages.en;
}
