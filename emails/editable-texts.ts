import { catalog } from '@/lib/i18n/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { emailTemplates, type TemplateName, type TemplateProps } from './registry';
import { templateMacros } from './template-macros';

/** What a merchant can reword: a customer e-mail (by its template name) or the thank-you page. */
export type TextTarget = {
  id: TemplateName | 'thank-you';
  label: string;
  /** The catalog messages the merchant may replace, by full path, in the order the page lists them. */
  keys: string[];
  /** The macros every text of this target may use, besides a message's own arguments. */
  macros: string[];
};

/** The catalog's texts of a namespace (`emails.invoice`), as full paths of its string leaves. */
function leavesOf(namespace: string): string[] {
  let node: unknown = catalog.en;
  for (const part of namespace.split('.')) node = (node as Record<string, unknown>)[part];
  const walk = (value: unknown, path: string): string[] =>
    typeof value === 'string' ? [path] : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => walk(child, `${path}.${key}`));
  return walk(node, namespace);
}

const GREETING = 'emails.common.greeting';
const FOOTER = 'emails.common.footerQuestions';
const PAY = 'emails.common.payCta';
const ONE_TIME_LINK = ['emails.signIn.expiry', 'emails.signIn.fallback', FOOTER];

/** The customer e-mails (staff notifications are left out), their namespace and the shared texts they show. */
const EMAILS: Array<[TemplateName, string, string, string[]]> = [
  ['order-confirmation', 'Order confirmation', 'emails.orderConfirmation', [GREETING, FOOTER]],
  ['invoice', 'Invoice', 'emails.invoice', [GREETING, PAY, FOOTER]],
  ['pay-link', 'Pay link', 'emails.payLink', [GREETING, PAY, FOOTER]],
  ['term-announcement', 'Term announcement', 'emails.termAnnouncement', [GREETING, FOOTER]],
  ['reminder', 'Payment reminder', 'emails.reminder', [GREETING, PAY, FOOTER]],
  ['suspension-notice', 'Suspension notice', 'emails.suspension', [GREETING, FOOTER]],
  ['termination-warning', 'Termination warning', 'emails.terminationWarning', [GREETING, PAY, FOOTER]],
  ['termination', 'Termination', 'emails.termination', [GREETING, PAY, FOOTER]],
  ['order-lapsed', 'Unpaid order cancelled', 'emails.orderLapsed', [GREETING, FOOTER]],
  ['payment-failed', 'Payment failed', 'emails.paymentFailed', [GREETING, PAY, FOOTER]],
  ['payment-received', 'Payment received', 'emails.paymentReceived', [GREETING, FOOTER]],
  ['autopay-method-saved', 'Automatic payment method saved', 'emails.autopayMethodSaved', [GREETING, FOOTER]],
  ['sepa-debit', 'SEPA direct debit (announcement, mandate, failure)', 'emails.sepaDebit', [GREETING, FOOTER]],
  ['payment-returned', 'Payment returned (a bounced debit, a chargeback)', 'emails.paymentReturned', [GREETING, FOOTER]],
  ['card-expiring', 'Card expiring', 'emails.cardExpiring', [GREETING, FOOTER]],
  ['subscription-stop', 'Subscription stop', 'emails.subscriptionStop', [GREETING, FOOTER]],
  ['subscription-pause', 'Subscription pause and resume', 'emails.subscriptionPause', [GREETING, FOOTER]],
  ['subscription-changed', 'Subscription changed', 'emails.subscriptionChanged', [GREETING, FOOTER]],
  ['sign-in-link', 'Sign-in link', 'emails.signIn', [FOOTER]],
  ['confirm-email', 'Confirm e-mail address', 'emails.confirmEmail', ONE_TIME_LINK],
  ['password-reset', 'Password reset', 'emails.passwordReset', ONE_TIME_LINK],
  ['email-change', 'E-mail address change', 'emails.emailChange', ONE_TIME_LINK],
  ['account-exists', 'Account exists', 'emails.accountExists', [FOOTER]],
];

/** The thank-you page after a paid order: `{order}` is what was ordered. */
export const THANK_YOU_MACROS = ['order', 'name', 'invoice'] as const;

/** An e-mail's sample props, from its react-email preview: what the editor's preview and a test send use. */
export function sampleProps<T extends TemplateName>(template: T, locale: Locale): TemplateProps<T> {
  const preview = (emailTemplates[template].component as unknown as { PreviewProps: TemplateProps<T> }).PreviewProps;
  return { ...preview, locale };
}

export const textTargets: TextTarget[] = [
  ...EMAILS.map(([id, label, namespace, shared]) => ({
    id,
    label,
    keys: [...leavesOf(namespace), ...shared.filter((key) => !key.startsWith(`${namespace}.`))],
    macros: Object.keys(templateMacros[id](sampleProps(id, 'en') as never)),
  })),
  { id: 'thank-you', label: 'Thank-you page', keys: ['shop.thankYou.title', 'shop.thankYou.body'], macros: [...THANK_YOU_MACROS] },
];

export function findTextTarget(id: string): TextTarget | undefined {
  return textTargets.find((target) => target.id === id);
}

/** The catalog's text of a message in a language (the default a reset goes back to). */
export function defaultText(locale: Locale, key: string): string {
  let node: unknown = catalog[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No catalog message ${key}`);
  return node;
}
