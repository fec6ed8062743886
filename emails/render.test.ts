import { compile } from 'html-to-text';
import { describe, expect, test } from 'vitest';
import { formatMoney } from '@/lib/billing/money';
import { intlLocales, locales, type Locale } from '@/lib/i18n/locales';
import AccountExistsEmail from './account-exists';
import AutopayMethodSavedEmail from './autopay-method-saved';
import ConfirmEmailEmail from './confirm-email';
import EmailChangeEmail from './email-change';
import InvoiceEmail, { type InvoiceEmailProps } from './invoice';
import MerchantNewOrderEmail from './merchant-new-order';
import OrderConfirmationEmail from './order-confirmation';
import PasswordResetEmail from './password-reset';
import PayLinkEmail from './pay-link';
import PaymentFailedEmail from './payment-failed';
import PaymentReceivedEmail from './payment-received';
import CardExpiringEmail from './card-expiring';
import { emailTemplates, isSensitiveTemplate, templateNames, type TemplateName, type TemplateProps } from './registry';
import ReminderEmail from './reminder';
import { plainTextOptions, renderEmail } from './render';
import SignInLinkEmail from './sign-in-link';
import SubscriptionStopEmail from './subscription-stop';
import SubscriptionPauseEmail from './subscription-pause';
import SubscriptionChangedEmail from './subscription-changed';
import SuspensionNoticeEmail from './suspension-notice';
import TermAnnouncementEmail from './term-announcement';
import TerminationEmail from './termination';
import OrderLapsedEmail from './order-lapsed';
import TerminationWarningEmail from './termination-warning';
import SepaDebitEmail from './sepa-debit';
import PaymentReturnedEmail from './payment-returned';
import WebhookEndpointDisabledEmail from './webhook-endpoint-disabled';

const previews: { [T in TemplateName]: TemplateProps<T> } = {
  'order-confirmation': OrderConfirmationEmail.PreviewProps,
  invoice: InvoiceEmail.PreviewProps,
  'sign-in-link': SignInLinkEmail.PreviewProps,
  'confirm-email': ConfirmEmailEmail.PreviewProps,
  'password-reset': PasswordResetEmail.PreviewProps,
  'email-change': EmailChangeEmail.PreviewProps,
  'account-exists': AccountExistsEmail.PreviewProps,
  'term-announcement': TermAnnouncementEmail.PreviewProps,
  reminder: ReminderEmail.PreviewProps,
  'suspension-notice': SuspensionNoticeEmail.PreviewProps,
  'termination-warning': TerminationWarningEmail.PreviewProps,
  termination: TerminationEmail.PreviewProps,
  'order-lapsed': OrderLapsedEmail.PreviewProps,
  'payment-failed': PaymentFailedEmail.PreviewProps,
  'payment-received': PaymentReceivedEmail.PreviewProps,
  'merchant-new-order': MerchantNewOrderEmail.PreviewProps,
  'card-expiring': CardExpiringEmail.PreviewProps,
  'subscription-stop': SubscriptionStopEmail.PreviewProps,
  'subscription-pause': SubscriptionPauseEmail.PreviewProps,
  'subscription-changed': SubscriptionChangedEmail.PreviewProps,
  'pay-link': PayLinkEmail.PreviewProps,
  'autopay-method-saved': AutopayMethodSavedEmail.PreviewProps,
  'webhook-endpoint-disabled': WebhookEndpointDisabledEmail.PreviewProps,
  'sepa-debit': SepaDebitEmail.PreviewProps,
  'payment-returned': PaymentReturnedEmail.PreviewProps,
};

const fullHtmlToText = compile(plainTextOptions);

const cases = templateNames.flatMap((template) => locales.map((locale) => ({ template, locale })));

function money(amountMinor: number, currency: string, locale: Locale) {
  return formatMoney(amountMinor, currency, intlLocales[locale]);
}

/** The amounts each template must show, in minor units. */
function expectedMinor(template: TemplateName): { currency: string; amounts: number[] } {
  switch (template) {
    case 'order-confirmation': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.totalMinor, p.taxMinor, ...p.lines.map((l) => l.amountMinor)] };
    }
    case 'invoice': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.totalMinor, p.subtotalMinor, ...p.lines.map((l) => l.unitAmountMinor)] };
    }
    case 'term-announcement': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.amountMinor] };
    }
    case 'reminder': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.openMinor, p.feeMinor, p.openMinor + p.feeMinor] };
    }
    case 'suspension-notice':
    case 'termination-warning':
    case 'pay-link': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.openMinor] };
    }
    case 'termination': {
      const p = previews[template];
      const open = p.openInvoices.map((i) => i.openMinor);
      return { currency: p.currency, amounts: [...open, open.reduce((a, b) => a + b, 0)] };
    }
    case 'order-lapsed': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.totalMinor, -p.totalMinor, 0] };
    }
    case 'payment-failed': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.amountMinor] };
    }
    case 'payment-received': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.amountMinor, p.openMinor] };
    }
    case 'subscription-changed': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.termAmountMinor, p.prorationMinor!] };
    }
    case 'merchant-new-order': {
      const p = previews[template];
      return { currency: p.currency, amounts: [p.totalMinor, p.taxMinor, ...p.lines.map((l) => l.amountMinor)] };
    }
    case 'card-expiring':
    case 'subscription-stop':
    case 'subscription-pause':
    case 'sign-in-link':
    case 'confirm-email':
    case 'password-reset':
    case 'email-change':
    case 'account-exists':
    case 'autopay-method-saved':
    case 'webhook-endpoint-disabled':
      return { currency: 'EUR', amounts: [] };
    case 'sepa-debit':
      return { currency: 'EUR', amounts: [1999] };
    case 'payment-returned':
      return { currency: 'EUR', amounts: [3875] };
  }
}

/** The amounts each template must show, formatted the customer's way. */
function expectedAmounts(template: TemplateName, locale: Locale): string[] {
  const { currency, amounts } = expectedMinor(template);
  return amounts.map((a) => money(a, currency, locale));
}

describe('renderEmail', () => {
  test('every template has a preview', () => {
    expect(Object.keys(previews).sort()).toEqual([...templateNames].sort());
  });

  test.each(cases)('$template in $locale: subject, amounts, plain text', async ({ template, locale }) => {
    const props = { ...previews[template], locale } as TemplateProps<typeof template>;
    const rendered = await renderEmail(template, props);

    const expectedSubject = (emailTemplates[template].subject as (p: typeof props) => string)(props);
    expect(rendered.subject).toBe(expectedSubject);
    expect(rendered.subject).toContain(props.shop.name);
    expect(rendered.html).toContain(`lang="${locale}"`);
    expect(rendered.html).toContain(props.shop.supportEmail);

    for (const amount of expectedAmounts(template, locale)) {
      expect(rendered.html).toContain(amount);
      expect(rendered.text).toContain(amount);
    }

    expect(rendered.text.length).toBeGreaterThan(50);
    expect(rendered.text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(rendered.text).not.toContain('&nbsp;');
    // Converted without the HTML's styles (the cheaper parse): the same text as from the HTML whole.
    expect(rendered.text).toBe(fullHtmlToText(rendered.html));
  });

  test.each([
    ['en', 'Order confirmation A1B2C3D4 – Kadens Demo Shop', 'Invoice KD-000042 from Kadens Demo Shop'],
    ['nl', 'Orderbevestiging A1B2C3D4 – Kadens Demo Shop', 'Factuur KD-000042 van Kadens Demo Shop'],
    ['de', 'Bestellbestätigung A1B2C3D4 – Kadens Demo Shop', 'Rechnung KD-000042 von Kadens Demo Shop'],
    ['nb', 'Ordrebekreftelse A1B2C3D4 – Kadens Demo Shop', 'Faktura KD-000042 fra Kadens Demo Shop'],
  ] as const)('subjects are translated (%s)', async (locale, orderSubject, invoiceSubject) => {
    const order = await renderEmail('order-confirmation', { ...previews['order-confirmation'], locale });
    expect(order.subject).toBe(orderSubject);
    const invoice = await renderEmail('invoice', { ...previews.invoice, locale });
    expect(invoice.subject).toBe(invoiceSubject);
  });

  test('Norwegian amounts use the nb-NO format', async () => {
    const { text } = await renderEmail('order-confirmation', { ...previews['order-confirmation'], locale: 'nb' });
    // 61,95 with a non-breaking space before the currency sign, as Intl writes it for nb-NO.
    expect(text).toMatch(/61,95\s€/u);
  });
});

describe('invoice e-mail', () => {
  const open: InvoiceEmailProps = { ...previews.invoice, locale: 'en' };

  test('an open invoice shows the amount due, the due date and a pay link', async () => {
    const { html, text } = await renderEmail('invoice', open);
    expect(html).toContain(`href="${open.payUrl}"`);
    expect(text).toContain('Pay now');
    expect(text).toContain('Amount due: €110.00, to be paid by 15 March 2026.');
    expect(text).toContain('VAT 21%');
    expect(text).toContain('VAT 9%');
  });

  test('a paid invoice shows when it was paid and no pay link', async () => {
    const paid: InvoiceEmailProps = { ...open, status: 'paid', paidAt: '2026-03-02T10:00:00.000Z', amountPaidMinor: 11000 };
    const { html, text } = await renderEmail('invoice', paid);
    expect(html).not.toContain(open.payUrl!);
    expect(text).toContain('Paid on 2 March 2026. Thank you!');
  });

  test('an open invoice with a credit note asks only for what is still owed', async () => {
    const credited: InvoiceEmailProps = { ...open, amountPaidMinor: 1000, creditedMinor: 3000 };
    const { text } = await renderEmail('invoice', credited);
    expect(text).toContain('Credited');
    expect(text).toContain('Amount due: €70.00, to be paid by 15 March 2026.');
  });

  test('dates are the shop’s calendar days, in the customer’s language', async () => {
    const lateEvening = { ...open, locale: 'de' as const, issuedAt: '2026-02-28T23:30:00.000Z' };
    const { text } = await renderEmail('invoice', lateEvening);
    expect(text).toContain('1. März 2026'); // 00:30 in Amsterdam
  });
});

describe('sign-in link e-mail', () => {
  test.each([
    ['en', 60, 'expires in 1 hour'],
    ['nl', 30, 'verloopt over 30 minuten'],
    ['de', 120, 'läuft in 2 Stunden ab'],
    ['nb', 1440, 'utløper om 24 timer'],
  ] as const)('%s, %i minutes: %s', async (locale, minutes, expiry) => {
    const props = { ...previews['sign-in-link'], locale, expiresInMinutes: minutes };
    const { html, text } = await renderEmail('sign-in-link', props);
    expect(text).toContain(expiry);
    expect(html).toContain(props.url.replace(/&/g, '&amp;'));
  });
});

describe('account e-mails with one-time links', () => {
  const linkMails = ['sign-in-link', 'confirm-email', 'password-reset', 'email-change'] as const;

  test.each(linkMails.flatMap((template) => locales.map((locale) => ({ template, locale }))))(
    '$template in $locale carries its link in the HTML and the plain text',
    async ({ template, locale }) => {
      const props = { ...previews[template], locale };
      const { html, text } = await renderEmail(template, props);
      expect(html).toContain(`href="${props.url.replace(/&/g, '&amp;')}"`);
      expect(text).toContain(props.url);
    },
  );

  test('exactly the mails with a live link are sensitive (hidden from staff in the outbox)', () => {
    expect(templateNames.filter(isSensitiveTemplate).sort()).toEqual([...linkMails].sort());
    expect(isSensitiveTemplate('account-exists')).toBe(false);
    // A message of a template that no longer exists is hidden: what it carried cannot be known.
    expect(isSensitiveTemplate('no-such-template')).toBe(true);
  });

  test('the e-mail change names the new address; the "account exists" mail holds no token', async () => {
    const change = await renderEmail('email-change', { ...previews['email-change'], locale: 'de' });
    expect(change.text).toContain('künftig mit owner@example.org anmelden');
    const exists = await renderEmail('account-exists', { ...previews['account-exists'], locale: 'nl' });
    expect(exists.text).toContain('Je hebt er al een');
    expect(exists.text).not.toMatch(/token=|\/reset\/|\/confirm\//);
  });
});
