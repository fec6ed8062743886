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
  termAnnouncement: {
    subject: (p: { shopName: string; productName: string }) => string;
    heading: string;
    intro: (product: string, plan: string) => string;
    subscription: string;
    period: string;
    amount: string;
    /** Paid by invoice: when the invoice for the term is sent. */
    invoiceOn: (date: string) => string;
    /** Autopay: when and from what the amount is charged. */
    autopayOn: (amount: string, date: string, method: string | null) => string;
    manage: string;
    manageCta: string;
  };
  reminder: {
    /** "Payment reminder", "2nd payment reminder", ... */
    title: (step: number) => string;
    subject: (p: { shopName: string; invoiceNumber: string; step: number }) => string;
    intro: (invoiceNumber: string, dueDate: string) => string;
    openAmount: (invoiceNumber: string) => string;
    fee: string;
    totalDue: string;
    payBy: (amount: string, date: string) => string;
    alreadyPaid: string;
  };
  suspension: {
    subject: (p: { shopName: string; invoiceNumber: string }) => string;
    heading: string;
    body: (p: { subscription: string | null; invoiceNumber: string; amount: string }) => string;
    restore: string;
    cta: string;
  };
  terminationWarning: {
    subject: (p: { shopName: string; date: string }) => string;
    heading: string;
    body: (p: { subscription: string | null; invoiceNumber: string; amount: string; date: string }) => string;
    avoid: string;
  };
  termination: {
    subject: (p: { shopName: string; subscription: string }) => string;
    heading: string;
    body: (subscription: string, date: string) => string;
    columns: { invoice: string; open: string };
    totalOwed: string;
    owed: (amount: string) => string;
    nothingOwed: string;
    welcomeBack: string;
  };
  paymentFailed: {
    subject: (p: { shopName: string; invoiceNumber: string }) => string;
    heading: string;
    body: (p: { amount: string; invoiceNumber: string; method: string | null }) => string;
    reason: string;
    retry: (date: string) => string;
    permanent: string;
    updateCta: string;
  };
  paymentReceived: {
    subject: (p: { shopName: string; invoiceNumber: string }) => string;
    heading: string;
    body: (p: { amount: string; invoiceNumber: string; date: string }) => string;
    received: string;
    credited: string;
    stillOpen: string;
    paidInFull: string;
    partly: (open: string) => string;
    creditNote: (credited: string) => string;
    viewCta: string;
  };
  merchantNewOrder: {
    subject: (p: { shopName: string; orderReference: string; customerName: string }) => string;
    heading: string;
    intro: (customer: string, orderReference: string) => string;
    customer: string;
    email: string;
    invoiceAttached: (invoiceNumber: string) => string;
    noInvoice: string;
    dashboardCta: string;
  };
  invoicePdf: {
    title: string;
    paidStamp: string;
    voidStamp: string;
    from: string;
    period: string;
    vatSummary: string;
    vatColumns: { rate: string; net: string; vat: string; gross: string };
    page: (page: number, pages: number) => string;
  };
};

/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st, ... */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

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
  termAnnouncement: {
    subject: (p) => `Your next term of ${p.productName} – ${p.shopName}`,
    heading: 'Your subscription continues',
    intro: (product, plan) => `Your subscription to ${product} (${plan}) continues with a new term. Here is what to expect.`,
    subscription: 'Subscription',
    period: 'Period',
    amount: 'Amount (incl. VAT)',
    invoiceOn: (date) => `We will e-mail you the invoice on ${date}.`,
    autopayOn: (amount, date, method) =>
      `We will charge ${amount} automatically${method ? ` to ${method}` : ''} on ${date}. You don't need to do anything.`,
    manage: 'Want to change or stop your subscription? You can do so in your account.',
    manageCta: 'Manage your subscription',
  },
  reminder: {
    title: (step) => (step <= 1 ? 'Payment reminder' : `${englishOrdinal(step)} payment reminder`),
    subject: (p) => `${en.reminder.title(p.step)}: invoice ${p.invoiceNumber} – ${p.shopName}`,
    intro: (n, date) => `We have not yet received payment for invoice ${n}, which was due on ${date}. Perhaps it slipped your mind.`,
    openAmount: (n) => `Open amount of invoice ${n}`,
    fee: 'Reminder fee',
    totalDue: 'Total to pay',
    payBy: (amount, date) => `Please pay ${amount} by ${date}.`,
    alreadyPaid: 'Already paid? Then you can ignore this message.',
  },
  suspension: {
    subject: (p) => `Service suspended: invoice ${p.invoiceNumber} is unpaid – ${p.shopName}`,
    heading: 'Your service has been suspended',
    body: (p) =>
      `We have suspended ${p.subscription ? `your subscription to ${p.subscription}` : 'your service'} because invoice ${p.invoiceNumber} (${p.amount}) is still unpaid.`,
    restore: 'As soon as we receive your payment, your service is restored automatically.',
    cta: 'Pay and restore',
  },
  terminationWarning: {
    subject: (p) => `Your subscription will be terminated on ${p.date} – ${p.shopName}`,
    heading: 'Final notice before termination',
    body: (p) =>
      `Invoice ${p.invoiceNumber} (${p.amount}) is still unpaid. ${p.subscription ? `Your subscription to ${p.subscription}` : 'Your subscription'} will be terminated on ${p.date} unless we receive your payment before then.`,
    avoid: 'Pay now to keep your subscription.',
  },
  termination: {
    subject: (p) => `Your subscription to ${p.subscription} has been terminated – ${p.shopName}`,
    heading: 'Your subscription has been terminated',
    body: (sub, date) => `Because of unpaid invoices, we terminated your subscription to ${sub} on ${date}.`,
    columns: { invoice: 'Invoice', open: 'Amount open' },
    totalOwed: 'Total owed',
    owed: (amount) => `Amount still owed: ${amount}. Please pay it even though the subscription has ended.`,
    nothingOwed: 'There is nothing left to pay.',
    welcomeBack: 'You are welcome to subscribe again at any time.',
  },
  paymentFailed: {
    subject: (p) => `Payment failed for invoice ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Your automatic payment failed',
    body: (p) => `We could not charge ${p.amount} for invoice ${p.invoiceNumber}${p.method ? ` to ${p.method}` : ''}.`,
    reason: 'Reason',
    retry: (date) => `You don't need to do anything: we will try again on ${date}. Please make sure there are sufficient funds.`,
    permanent:
      'We cannot retry with this payment method. Please update your payment method so that we can collect future payments, and pay this invoice directly.',
    updateCta: 'Update payment method',
  },
  paymentReceived: {
    subject: (p) => `Payment received for invoice ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Thank you for your payment',
    body: (p) => `We received ${p.amount} for invoice ${p.invoiceNumber} on ${p.date}.`,
    received: 'Received',
    credited: 'Kept as credit',
    stillOpen: 'Still to pay',
    paidInFull: 'The invoice is now paid in full.',
    partly: (open) => `The invoice is not paid in full yet: ${open} is still open.`,
    creditNote: (credited) =>
      `You paid ${credited} more than the invoice asked. We have kept it as credit on your account; let us know if you would rather have it back.`,
    viewCta: 'View the invoice',
  },
  merchantNewOrder: {
    subject: (p) => `New order ${p.orderReference} from ${p.customerName} – ${p.shopName}`,
    heading: 'New order',
    intro: (customer, ref) => `${customer} has placed order ${ref}.`,
    customer: 'Customer',
    email: 'E-mail',
    invoiceAttached: (n) => `Invoice ${n} is attached as a PDF.`,
    noInvoice: 'The invoice has not been issued yet.',
    dashboardCta: 'Open the dashboard',
  },
  invoicePdf: {
    title: 'Invoice',
    paidStamp: 'PAID',
    voidStamp: 'VOID',
    from: 'From',
    period: 'Period',
    vatSummary: 'VAT summary',
    vatColumns: { rate: 'Rate', net: 'Net', vat: 'VAT', gross: 'Gross' },
    page: (page, pages) => `Page ${page} of ${pages}`,
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
  termAnnouncement: {
    subject: (p) => `Je volgende periode van ${p.productName} – ${p.shopName}`,
    heading: 'Je abonnement loopt door',
    intro: (product, plan) => `Je abonnement op ${product} (${plan}) gaat een nieuwe periode in. Dit kun je verwachten.`,
    subscription: 'Abonnement',
    period: 'Periode',
    amount: 'Bedrag (incl. btw)',
    invoiceOn: (date) => `Je ontvangt de factuur op ${date} per e-mail.`,
    autopayOn: (amount, date, method) =>
      `We schrijven ${amount} op ${date} automatisch af${method ? ` van ${method}` : ''}. Je hoeft zelf niets te doen.`,
    manage: 'Wil je je abonnement wijzigen of stopzetten? Dat kan in je account.',
    manageCta: 'Abonnement beheren',
  },
  reminder: {
    title: (step) => (step <= 1 ? 'Betalingsherinnering' : `${step}e betalingsherinnering`),
    subject: (p) => `${nl.reminder.title(p.step)}: factuur ${p.invoiceNumber} – ${p.shopName}`,
    intro: (n, date) =>
      `We hebben de betaling van factuur ${n}, met vervaldatum ${date}, nog niet ontvangen. Misschien is het je ontschoten.`,
    openAmount: (n) => `Openstaand bedrag factuur ${n}`,
    fee: 'Herinneringskosten',
    totalDue: 'Totaal te betalen',
    payBy: (amount, date) => `Betaal ${amount} uiterlijk op ${date}.`,
    alreadyPaid: 'Al betaald? Dan kun je dit bericht negeren.',
  },
  suspension: {
    subject: (p) => `Dienst opgeschort: factuur ${p.invoiceNumber} is onbetaald – ${p.shopName}`,
    heading: 'Je dienst is opgeschort',
    body: (p) =>
      `We hebben ${p.subscription ? `je abonnement op ${p.subscription}` : 'je dienst'} opgeschort omdat factuur ${p.invoiceNumber} (${p.amount}) nog niet is betaald.`,
    restore: 'Zodra we je betaling ontvangen, wordt je dienst automatisch hersteld.',
    cta: 'Betalen en herstellen',
  },
  terminationWarning: {
    subject: (p) => `Je abonnement wordt beëindigd op ${p.date} – ${p.shopName}`,
    heading: 'Laatste waarschuwing voor beëindiging',
    body: (p) =>
      `Factuur ${p.invoiceNumber} (${p.amount}) is nog steeds niet betaald. ${p.subscription ? `Je abonnement op ${p.subscription}` : 'Je abonnement'} wordt op ${p.date} beëindigd, tenzij we je betaling vóór die datum ontvangen.`,
    avoid: 'Betaal nu om je abonnement te behouden.',
  },
  termination: {
    subject: (p) => `Je abonnement op ${p.subscription} is beëindigd – ${p.shopName}`,
    heading: 'Je abonnement is beëindigd',
    body: (sub, date) => `Vanwege onbetaalde facturen hebben we je abonnement op ${sub} op ${date} beëindigd.`,
    columns: { invoice: 'Factuur', open: 'Openstaand' },
    totalOwed: 'Totaal verschuldigd',
    owed: (amount) => `Nog verschuldigd: ${amount}. Betaal dit bedrag, ook al is het abonnement beëindigd.`,
    nothingOwed: 'Er staat niets meer open.',
    welcomeBack: 'Je bent altijd welkom om opnieuw een abonnement af te sluiten.',
  },
  paymentFailed: {
    subject: (p) => `Betaling mislukt voor factuur ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Je automatische betaling is mislukt',
    body: (p) => `We konden ${p.amount} voor factuur ${p.invoiceNumber} niet afschrijven${p.method ? ` van ${p.method}` : ''}.`,
    reason: 'Reden',
    retry: (date) => `Je hoeft niets te doen: we proberen het op ${date} opnieuw. Zorg dat er voldoende saldo is.`,
    permanent:
      'Met deze betaalmethode kunnen we het niet opnieuw proberen. Werk je betaalmethode bij zodat we volgende betalingen kunnen innen, en betaal deze factuur direct.',
    updateCta: 'Betaalmethode bijwerken',
  },
  paymentReceived: {
    subject: (p) => `Betaling ontvangen voor factuur ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Bedankt voor je betaling',
    body: (p) => `We hebben op ${p.date} ${p.amount} ontvangen voor factuur ${p.invoiceNumber}.`,
    received: 'Ontvangen',
    credited: 'Als tegoed bewaard',
    stillOpen: 'Nog te betalen',
    paidInFull: 'De factuur is nu volledig betaald.',
    partly: (open) => `De factuur is nog niet volledig betaald: er staat nog ${open} open.`,
    creditNote: (credited) =>
      `Je hebt ${credited} meer betaald dan de factuur vroeg. We hebben dit als tegoed op je account gezet; laat het ons weten als je het liever terugkrijgt.`,
    viewCta: 'Factuur bekijken',
  },
  merchantNewOrder: {
    subject: (p) => `Nieuwe bestelling ${p.orderReference} van ${p.customerName} – ${p.shopName}`,
    heading: 'Nieuwe bestelling',
    intro: (customer, ref) => `${customer} heeft bestelling ${ref} geplaatst.`,
    customer: 'Klant',
    email: 'E-mail',
    invoiceAttached: (n) => `Factuur ${n} zit als pdf in de bijlage.`,
    noInvoice: 'De factuur is nog niet uitgegeven.',
    dashboardCta: 'Naar het dashboard',
  },
  invoicePdf: {
    title: 'Factuur',
    paidStamp: 'BETAALD',
    voidStamp: 'GEANNULEERD',
    from: 'Van',
    period: 'Periode',
    vatSummary: 'Btw-specificatie',
    vatColumns: { rate: 'Tarief', net: 'Grondslag', vat: 'Btw', gross: 'Bruto' },
    page: (page, pages) => `Pagina ${page} van ${pages}`,
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
  termAnnouncement: {
    subject: (p) => `Ihr nächster Abrechnungszeitraum für ${p.productName} – ${p.shopName}`,
    heading: 'Ihr Abonnement läuft weiter',
    intro: (product, plan) =>
      `Ihr Abonnement ${product} (${plan}) geht in einen neuen Abrechnungszeitraum. Das erwartet Sie.`,
    subscription: 'Abonnement',
    period: 'Zeitraum',
    amount: 'Betrag (inkl. MwSt.)',
    invoiceOn: (date) => `Die Rechnung erhalten Sie am ${date} per E-Mail.`,
    autopayOn: (amount, date, method) =>
      `Wir buchen ${amount} am ${date} automatisch${method ? ` von ${method}` : ''} ab. Sie müssen nichts tun.`,
    manage: 'Möchten Sie Ihr Abonnement ändern oder beenden? Das können Sie in Ihrem Konto tun.',
    manageCta: 'Abonnement verwalten',
  },
  reminder: {
    title: (step) => (step <= 1 ? 'Zahlungserinnerung' : `${step}. Zahlungserinnerung`),
    subject: (p) => `${de.reminder.title(p.step)}: Rechnung ${p.invoiceNumber} – ${p.shopName}`,
    intro: (n, date) =>
      `für die Rechnung ${n}, fällig am ${date}, haben wir noch keine Zahlung erhalten. Vielleicht ist sie Ihnen entgangen.`,
    openAmount: (n) => `Offener Betrag Rechnung ${n}`,
    fee: 'Mahngebühr',
    totalDue: 'Zu zahlender Gesamtbetrag',
    payBy: (amount, date) => `Bitte zahlen Sie ${amount} bis zum ${date}.`,
    alreadyPaid: 'Bereits bezahlt? Dann betrachten Sie diese Nachricht bitte als gegenstandslos.',
  },
  suspension: {
    subject: (p) => `Leistung ausgesetzt: Rechnung ${p.invoiceNumber} ist unbezahlt – ${p.shopName}`,
    heading: 'Ihre Leistung wurde ausgesetzt',
    body: (p) =>
      `wir haben ${p.subscription ? `Ihr Abonnement ${p.subscription}` : 'Ihre Leistung'} ausgesetzt, weil die Rechnung ${p.invoiceNumber} (${p.amount}) noch nicht bezahlt ist.`,
    restore: 'Sobald Ihre Zahlung eingeht, wird die Leistung automatisch wieder aufgenommen.',
    cta: 'Bezahlen und fortsetzen',
  },
  terminationWarning: {
    subject: (p) => `Ihr Abonnement wird am ${p.date} gekündigt – ${p.shopName}`,
    heading: 'Letzte Mahnung vor der Kündigung',
    body: (p) =>
      `die Rechnung ${p.invoiceNumber} (${p.amount}) ist noch immer unbezahlt. ${p.subscription ? `Ihr Abonnement ${p.subscription}` : 'Ihr Abonnement'} wird am ${p.date} gekündigt, sofern Ihre Zahlung nicht vorher bei uns eingeht.`,
    avoid: 'Bezahlen Sie jetzt, um Ihr Abonnement zu behalten.',
  },
  termination: {
    subject: (p) => `Ihr Abonnement ${p.subscription} wurde gekündigt – ${p.shopName}`,
    heading: 'Ihr Abonnement wurde gekündigt',
    body: (sub, date) => `wegen unbezahlter Rechnungen haben wir Ihr Abonnement ${sub} zum ${date} gekündigt.`,
    columns: { invoice: 'Rechnung', open: 'Offen' },
    totalOwed: 'Insgesamt offen',
    owed: (amount) => `Noch offener Betrag: ${amount}. Bitte begleichen Sie ihn, auch wenn das Abonnement beendet ist.`,
    nothingOwed: 'Es ist nichts mehr offen.',
    welcomeBack: 'Sie können jederzeit wieder ein Abonnement abschließen.',
  },
  paymentFailed: {
    subject: (p) => `Zahlung für Rechnung ${p.invoiceNumber} fehlgeschlagen – ${p.shopName}`,
    heading: 'Ihre automatische Zahlung ist fehlgeschlagen',
    body: (p) =>
      `wir konnten ${p.amount} für die Rechnung ${p.invoiceNumber} nicht${p.method ? ` von ${p.method}` : ''} einziehen.`,
    reason: 'Grund',
    retry: (date) => `Sie müssen nichts tun: Wir versuchen es am ${date} erneut. Bitte sorgen Sie für ausreichende Deckung.`,
    permanent:
      'Mit dieser Zahlungsmethode können wir es nicht erneut versuchen. Bitte aktualisieren Sie Ihre Zahlungsmethode, damit wir künftige Zahlungen einziehen können, und bezahlen Sie diese Rechnung direkt.',
    updateCta: 'Zahlungsmethode aktualisieren',
  },
  paymentReceived: {
    subject: (p) => `Zahlungseingang für Rechnung ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Vielen Dank für Ihre Zahlung',
    body: (p) => `wir haben am ${p.date} ${p.amount} für die Rechnung ${p.invoiceNumber} erhalten.`,
    received: 'Erhalten',
    credited: 'Als Guthaben verbucht',
    stillOpen: 'Noch offen',
    paidInFull: 'Die Rechnung ist damit vollständig bezahlt.',
    partly: (open) => `Die Rechnung ist noch nicht vollständig bezahlt: ${open} sind noch offen.`,
    creditNote: (credited) =>
      `Sie haben ${credited} mehr bezahlt als den Rechnungsbetrag. Wir haben den Betrag Ihrem Kundenkonto als Guthaben gutgeschrieben; teilen Sie uns mit, wenn Sie ihn lieber zurückerhalten möchten.`,
    viewCta: 'Rechnung ansehen',
  },
  merchantNewOrder: {
    subject: (p) => `Neue Bestellung ${p.orderReference} von ${p.customerName} – ${p.shopName}`,
    heading: 'Neue Bestellung',
    intro: (customer, ref) => `${customer} hat die Bestellung ${ref} aufgegeben.`,
    customer: 'Kunde',
    email: 'E-Mail',
    invoiceAttached: (n) => `Die Rechnung ${n} ist als PDF angehängt.`,
    noInvoice: 'Die Rechnung wurde noch nicht ausgestellt.',
    dashboardCta: 'Zum Dashboard',
  },
  invoicePdf: {
    title: 'Rechnung',
    paidStamp: 'BEZAHLT',
    voidStamp: 'STORNIERT',
    from: 'Von',
    period: 'Zeitraum',
    vatSummary: 'MwSt.-Übersicht',
    vatColumns: { rate: 'Satz', net: 'Netto', vat: 'MwSt.', gross: 'Brutto' },
    page: (page, pages) => `Seite ${page} von ${pages}`,
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
  termAnnouncement: {
    subject: (p) => `Neste periode av ${p.productName} – ${p.shopName}`,
    heading: 'Abonnementet ditt fortsetter',
    intro: (product, plan) => `Abonnementet ditt på ${product} (${plan}) går inn i en ny periode. Dette kan du forvente.`,
    subscription: 'Abonnement',
    period: 'Periode',
    amount: 'Beløp (inkl. mva.)',
    invoiceOn: (date) => `Du får fakturaen på e-post ${date}.`,
    autopayOn: (amount, date, method) =>
      `Vi trekker ${amount} automatisk${method ? ` fra ${method}` : ''} ${date}. Du trenger ikke gjøre noe.`,
    manage: 'Vil du endre eller avslutte abonnementet? Det kan du gjøre på Min side.',
    manageCta: 'Administrer abonnementet',
  },
  reminder: {
    title: (step) => (step <= 1 ? 'Betalingspåminnelse' : `${step}. betalingspåminnelse`),
    subject: (p) => `${nb.reminder.title(p.step)}: faktura ${p.invoiceNumber} – ${p.shopName}`,
    intro: (n, date) => `Vi har ikke mottatt betaling for faktura ${n}, som forfalt ${date}. Kanskje den har gått i glemmeboken.`,
    openAmount: (n) => `Utestående på faktura ${n}`,
    fee: 'Purregebyr',
    totalDue: 'Totalt å betale',
    payBy: (amount, date) => `Vennligst betal ${amount} innen ${date}.`,
    alreadyPaid: 'Har du allerede betalt? Da kan du se bort fra denne meldingen.',
  },
  suspension: {
    subject: (p) => `Tjenesten er stanset: faktura ${p.invoiceNumber} er ubetalt – ${p.shopName}`,
    heading: 'Tjenesten din er stanset',
    body: (p) =>
      `Vi har stanset ${p.subscription ? `abonnementet ditt på ${p.subscription}` : 'tjenesten din'} fordi faktura ${p.invoiceNumber} (${p.amount}) fortsatt er ubetalt.`,
    restore: 'Så snart vi mottar betalingen, blir tjenesten automatisk gjenopprettet.',
    cta: 'Betal og gjenopprett',
  },
  terminationWarning: {
    subject: (p) => `Abonnementet ditt avsluttes ${p.date} – ${p.shopName}`,
    heading: 'Siste varsel før avslutning',
    body: (p) =>
      `Faktura ${p.invoiceNumber} (${p.amount}) er fortsatt ubetalt. ${p.subscription ? `Abonnementet ditt på ${p.subscription}` : 'Abonnementet ditt'} avsluttes ${p.date} med mindre vi mottar betalingen før den tid.`,
    avoid: 'Betal nå for å beholde abonnementet.',
  },
  termination: {
    subject: (p) => `Abonnementet ditt på ${p.subscription} er avsluttet – ${p.shopName}`,
    heading: 'Abonnementet ditt er avsluttet',
    body: (sub, date) => `På grunn av ubetalte fakturaer avsluttet vi abonnementet ditt på ${sub} ${date}.`,
    columns: { invoice: 'Faktura', open: 'Utestående' },
    totalOwed: 'Totalt utestående',
    owed: (amount) => `Utestående beløp: ${amount}. Beløpet må betales selv om abonnementet er avsluttet.`,
    nothingOwed: 'Du har ikke noe utestående.',
    welcomeBack: 'Du er velkommen til å tegne abonnement igjen når som helst.',
  },
  paymentFailed: {
    subject: (p) => `Betalingen for faktura ${p.invoiceNumber} mislyktes – ${p.shopName}`,
    heading: 'Den automatiske betalingen mislyktes',
    body: (p) => `Vi kunne ikke trekke ${p.amount} for faktura ${p.invoiceNumber}${p.method ? ` fra ${p.method}` : ''}.`,
    reason: 'Årsak',
    retry: (date) => `Du trenger ikke gjøre noe: vi prøver igjen ${date}. Sørg for at det er dekning på kontoen.`,
    permanent:
      'Vi kan ikke prøve igjen med denne betalingsmåten. Oppdater betalingsmåten din slik at vi kan trekke fremtidige betalinger, og betal denne fakturaen direkte.',
    updateCta: 'Oppdater betalingsmåte',
  },
  paymentReceived: {
    subject: (p) => `Betaling mottatt for faktura ${p.invoiceNumber} – ${p.shopName}`,
    heading: 'Takk for betalingen',
    body: (p) => `Vi mottok ${p.amount} for faktura ${p.invoiceNumber} ${p.date}.`,
    received: 'Mottatt',
    credited: 'Satt inn som tilgode',
    stillOpen: 'Gjenstår å betale',
    paidInFull: 'Fakturaen er nå betalt i sin helhet.',
    partly: (open) => `Fakturaen er ikke betalt i sin helhet ennå: ${open} gjenstår.`,
    creditNote: (credited) =>
      `Du betalte ${credited} mer enn fakturabeløpet. Vi har satt beløpet inn som tilgode på kontoen din; gi oss beskjed hvis du heller vil ha det tilbakebetalt.`,
    viewCta: 'Se fakturaen',
  },
  merchantNewOrder: {
    subject: (p) => `Ny bestilling ${p.orderReference} fra ${p.customerName} – ${p.shopName}`,
    heading: 'Ny bestilling',
    intro: (customer, ref) => `${customer} har lagt inn bestilling ${ref}.`,
    customer: 'Kunde',
    email: 'E-post',
    invoiceAttached: (n) => `Faktura ${n} er vedlagt som PDF.`,
    noInvoice: 'Fakturaen er ikke utstedt ennå.',
    dashboardCta: 'Åpne dashbordet',
  },
  invoicePdf: {
    title: 'Faktura',
    paidStamp: 'BETALT',
    voidStamp: 'ANNULLERT',
    from: 'Fra',
    period: 'Periode',
    vatSummary: 'Mva.-spesifikasjon',
    vatColumns: { rate: 'Sats', net: 'Grunnlag', vat: 'Mva.', gross: 'Brutto' },
    page: (page, pages) => `Side ${page} av ${pages}`,
  },
};

const messages: Record<Locale, Messages> = { en, nl, de, nb };

/** The e-mail texts in a customer's language; English for an unknown locale. */
export function emailMessages(locale: Locale): Messages {
  return messages[locale] ?? messages.en;
}

export type EmailMessages = Messages;
