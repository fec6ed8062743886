/** The languages the shop writes to its customers in (the `locale` enum of the database). */
export const emailLocales = ['en', 'nl', 'de', 'nb'] as const;
export type Locale = (typeof emailLocales)[number];

/** The BCP 47 tag used for numbers, money and dates in each language. */
export const intlLocales: Record<Locale, string> = {
  en: 'en-GB',
  nl: 'nl-NL',
  de: 'de-DE',
  nb: 'nb-NO',
};

type Messages = {
  greeting: (name: string) => string;
  footerQuestions: string;
  orderConfirmation: {
    subject: (p: { shopName: string; orderReference: string }) => string;
    preview: string;
    heading: string;
    intro: (orderReference: string) => string;
    columns: { description: string; quantity: string; amount: string };
    total: string;
    vatIncluded: string;
    nextTitle: string;
    nextSteps: string;
    accountCta: string;
  };
  invoice: {
    subject: (p: { shopName: string; invoiceNumber: string }) => string;
    heading: (invoiceNumber: string) => string;
    intro: string;
    billedTo: string;
    invoiceNumber: string;
    issueDate: string;
    dueDate: string;
    paymentReference: string;
    columns: { description: string; quantity: string; unitPrice: string; vat: string; amount: string };
    subtotal: string;
    vatAt: (rate: string) => string;
    total: string;
    amountPaid: string;
    amountDue: string;
    paid: (date: string) => string;
    due: (amount: string, date: string | null) => string;
    payCta: string;
  };
  signIn: {
    subject: (p: { shopName: string }) => string;
    heading: (shopName: string) => string;
    body: string;
    cta: string;
    expiry: (minutes: number) => string;
    fallback: string;
    ignore: string;
  };
};

/** Whole hours when the duration is a whole number of hours, else minutes. */
function duration(minutes: number, units: { hour: [string, string]; minute: [string, string] }): string {
  const [count, [one, many]] = minutes % 60 === 0 ? [minutes / 60, units.hour] : [minutes, units.minute];
  return `${count} ${count === 1 ? one : many}`;
}

const en: Messages = {
  greeting: (name) => `Hi ${name},`,
  footerQuestions: 'Questions? E-mail us at',
  orderConfirmation: {
    subject: (p) => `Order confirmation ${p.orderReference} – ${p.shopName}`,
    preview: 'Thank you for your order. Here is what you ordered.',
    heading: 'Thank you for your order',
    intro: (ref) => `We have received your order ${ref}. Here is a summary.`,
    columns: { description: 'Item', quantity: 'Qty', amount: 'Amount' },
    total: 'Total',
    vatIncluded: 'of which VAT',
    nextTitle: 'What happens next',
    nextSteps:
      'We will e-mail your invoice separately. In your account you can see your orders and invoices and manage your subscriptions at any time.',
    accountCta: 'Go to your account',
  },
  invoice: {
    subject: (p) => `Invoice ${p.invoiceNumber} from ${p.shopName}`,
    heading: (n) => `Invoice ${n}`,
    intro: 'Here is your invoice.',
    billedTo: 'Billed to',
    invoiceNumber: 'Invoice number',
    issueDate: 'Invoice date',
    dueDate: 'Due date',
    paymentReference: 'Payment reference',
    columns: { description: 'Description', quantity: 'Qty', unitPrice: 'Unit price', vat: 'VAT', amount: 'Amount' },
    subtotal: 'Subtotal (excl. VAT)',
    vatAt: (rate) => `VAT ${rate}`,
    total: 'Total (incl. VAT)',
    amountPaid: 'Paid',
    amountDue: 'Amount due',
    paid: (date) => `Paid on ${date}. Thank you!`,
    due: (amount, date) => (date ? `Amount due: ${amount}, to be paid by ${date}.` : `Amount due: ${amount}.`),
    payCta: 'Pay now',
  },
  signIn: {
    subject: (p) => `Your sign-in link for ${p.shopName}`,
    heading: (shop) => `Sign in to ${shop}`,
    body: 'Click the button below to sign in. No password needed.',
    cta: 'Sign in',
    expiry: (m) =>
      `This link expires in ${duration(m, { hour: ['hour', 'hours'], minute: ['minute', 'minutes'] })} and can only be used once.`,
    fallback: 'Or paste this link into your browser:',
    ignore: "If you didn't request this e-mail, you can safely ignore it.",
  },
};

const nl: Messages = {
  greeting: (name) => `Hallo ${name},`,
  footerQuestions: 'Vragen? Mail ons op',
  orderConfirmation: {
    subject: (p) => `Orderbevestiging ${p.orderReference} – ${p.shopName}`,
    preview: 'Bedankt voor je bestelling. Dit heb je besteld.',
    heading: 'Bedankt voor je bestelling',
    intro: (ref) => `We hebben je bestelling ${ref} ontvangen. Hieronder vind je een overzicht.`,
    columns: { description: 'Omschrijving', quantity: 'Aantal', amount: 'Bedrag' },
    total: 'Totaal',
    vatIncluded: 'waarvan btw',
    nextTitle: 'Wat gebeurt er nu?',
    nextSteps:
      'Je factuur ontvang je apart per e-mail. In je account zie je altijd je bestellingen en facturen en beheer je je abonnementen.',
    accountCta: 'Naar je account',
  },
  invoice: {
    subject: (p) => `Factuur ${p.invoiceNumber} van ${p.shopName}`,
    heading: (n) => `Factuur ${n}`,
    intro: 'Hierbij ontvang je je factuur.',
    billedTo: 'Factuuradres',
    invoiceNumber: 'Factuurnummer',
    issueDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    paymentReference: 'Betalingskenmerk',
    columns: { description: 'Omschrijving', quantity: 'Aantal', unitPrice: 'Stukprijs', vat: 'Btw', amount: 'Bedrag' },
    subtotal: 'Subtotaal (excl. btw)',
    vatAt: (rate) => `Btw ${rate}`,
    total: 'Totaal (incl. btw)',
    amountPaid: 'Betaald',
    amountDue: 'Te betalen',
    paid: (date) => `Betaald op ${date}. Bedankt!`,
    due: (amount, date) => (date ? `Te betalen: ${amount}, uiterlijk op ${date}.` : `Te betalen: ${amount}.`),
    payCta: 'Nu betalen',
  },
  signIn: {
    subject: (p) => `Je inloglink voor ${p.shopName}`,
    heading: (shop) => `Inloggen bij ${shop}`,
    body: 'Klik op de knop hieronder om in te loggen. Je hebt geen wachtwoord nodig.',
    cta: 'Inloggen',
    expiry: (m) =>
      `Deze link verloopt over ${duration(m, { hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] })} en werkt maar één keer.`,
    fallback: 'Of plak deze link in je browser:',
    ignore: 'Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.',
  },
};

const de: Messages = {
  greeting: (name) => `Hallo ${name},`,
  footerQuestions: 'Fragen? Schreiben Sie uns an',
  orderConfirmation: {
    subject: (p) => `Bestellbestätigung ${p.orderReference} – ${p.shopName}`,
    preview: 'Vielen Dank für Ihre Bestellung. Hier ist Ihre Übersicht.',
    heading: 'Vielen Dank für Ihre Bestellung',
    intro: (ref) => `wir haben Ihre Bestellung ${ref} erhalten. Hier ist eine Übersicht.`,
    columns: { description: 'Artikel', quantity: 'Menge', amount: 'Betrag' },
    total: 'Gesamt',
    vatIncluded: 'darin enthaltene MwSt.',
    nextTitle: 'Wie geht es weiter?',
    nextSteps:
      'Ihre Rechnung erhalten Sie separat per E-Mail. In Ihrem Konto sehen Sie jederzeit Ihre Bestellungen und Rechnungen und verwalten Ihre Abonnements.',
    accountCta: 'Zu Ihrem Konto',
  },
  invoice: {
    subject: (p) => `Rechnung ${p.invoiceNumber} von ${p.shopName}`,
    heading: (n) => `Rechnung ${n}`,
    intro: 'anbei erhalten Sie Ihre Rechnung.',
    billedTo: 'Rechnungsempfänger',
    invoiceNumber: 'Rechnungsnummer',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    paymentReference: 'Verwendungszweck',
    columns: { description: 'Beschreibung', quantity: 'Menge', unitPrice: 'Einzelpreis', vat: 'MwSt.', amount: 'Betrag' },
    subtotal: 'Zwischensumme (netto)',
    vatAt: (rate) => `MwSt. ${rate}`,
    total: 'Gesamtbetrag (brutto)',
    amountPaid: 'Bezahlt',
    amountDue: 'Offener Betrag',
    paid: (date) => `Bezahlt am ${date}. Vielen Dank!`,
    due: (amount, date) => (date ? `Offener Betrag: ${amount}, zahlbar bis ${date}.` : `Offener Betrag: ${amount}.`),
    payCta: 'Jetzt bezahlen',
  },
  signIn: {
    subject: (p) => `Ihr Anmeldelink für ${p.shopName}`,
    heading: (shop) => `Bei ${shop} anmelden`,
    body: 'Klicken Sie auf die Schaltfläche unten, um sich anzumelden. Ein Passwort ist nicht nötig.',
    cta: 'Anmelden',
    expiry: (m) =>
      `Dieser Link läuft in ${duration(m, { hour: ['Stunde', 'Stunden'], minute: ['Minute', 'Minuten'] })} ab und kann nur einmal verwendet werden.`,
    fallback: 'Oder kopieren Sie diesen Link in Ihren Browser:',
    ignore: 'Wenn Sie diese E-Mail nicht angefordert haben, können Sie sie ignorieren.',
  },
};

const nb: Messages = {
  greeting: (name) => `Hei ${name},`,
  footerQuestions: 'Spørsmål? Send oss en e-post på',
  orderConfirmation: {
    subject: (p) => `Ordrebekreftelse ${p.orderReference} – ${p.shopName}`,
    preview: 'Takk for bestillingen din. Her er det du bestilte.',
    heading: 'Takk for bestillingen din',
    intro: (ref) => `Vi har mottatt bestillingen din ${ref}. Her er en oversikt.`,
    columns: { description: 'Beskrivelse', quantity: 'Antall', amount: 'Beløp' },
    total: 'Totalt',
    vatIncluded: 'herav mva.',
    nextTitle: 'Hva skjer nå?',
    nextSteps:
      'Fakturaen får du på e-post for seg. På Min side ser du når som helst bestillinger og fakturaer og kan administrere abonnementene dine.',
    accountCta: 'Gå til Min side',
  },
  invoice: {
    subject: (p) => `Faktura ${p.invoiceNumber} fra ${p.shopName}`,
    heading: (n) => `Faktura ${n}`,
    intro: 'Her er fakturaen din.',
    billedTo: 'Faktureres til',
    invoiceNumber: 'Fakturanummer',
    issueDate: 'Fakturadato',
    dueDate: 'Forfallsdato',
    paymentReference: 'Betalingsreferanse',
    columns: { description: 'Beskrivelse', quantity: 'Antall', unitPrice: 'Enhetspris', vat: 'Mva.', amount: 'Beløp' },
    subtotal: 'Sum eks. mva.',
    vatAt: (rate) => `Mva. ${rate}`,
    total: 'Totalt inkl. mva.',
    amountPaid: 'Betalt',
    amountDue: 'Å betale',
    paid: (date) => `Betalt ${date}. Takk!`,
    due: (amount, date) => (date ? `Å betale: ${amount}, forfaller ${date}.` : `Å betale: ${amount}.`),
    payCta: 'Betal nå',
  },
  signIn: {
    subject: (p) => `Innloggingslenken din for ${p.shopName}`,
    heading: (shop) => `Logg inn på ${shop}`,
    body: 'Trykk på knappen nedenfor for å logge inn. Du trenger ikke passord.',
    cta: 'Logg inn',
    expiry: (m) =>
      `Lenken utløper om ${duration(m, { hour: ['time', 'timer'], minute: ['minutt', 'minutter'] })} og kan bare brukes én gang.`,
    fallback: 'Eller lim inn denne lenken i nettleseren:',
    ignore: 'Hvis du ikke ba om denne e-posten, kan du se bort fra den.',
  },
};

const messages: Record<Locale, Messages> = { en, nl, de, nb };

/** The e-mail texts in a customer's language; English for an unknown locale. */
export function emailMessages(locale: Locale): Messages {
  return messages[locale] ?? messages.en;
}

export type EmailMessages = Messages;
