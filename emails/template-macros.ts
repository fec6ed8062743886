import { amountOwed } from '@/lib/billing/amount-owed';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { EmailTemplates, TemplateName } from './registry';

/** A macro's name (what the merchant writes between braces) and its value in one message. */
export type Macros = Record<string, string>;

const money = (p: { locale: EmailTemplates['invoice']['locale']; currency: string }, minor: number) => createFormatter(p.locale).money(minor, p.currency);
const date = (p: { locale: EmailTemplates['invoice']['locale']; timeZone: string }, iso: string | null | undefined) => (iso ? createFormatter(p.locale, p.timeZone).date(iso) : '');

/**
 * The macros each e-mail offers the merchant's texts, besides the catalog message's own ICU
 * arguments: the common ones it has data for (`{name}`, `{order}`, `{invoice}`, `{amount}`,
 * `{due_date}`, `{pay_link}`) and `{shop}`. A text using any other is refused when saved.
 *
 * NOTE: the one-time-link mails (sign-in, password reset...) offer no link macro: the link holds
 * a credential and belongs in the button only.
 */
export const templateMacros: { [T in TemplateName]: (props: EmailTemplates[T]) => Macros } = {
  'order-confirmation': (p) => ({ shop: p.shop.name, name: p.customerName, order: p.orderReference, amount: money(p, p.totalMinor) }),
  invoice: (p) => ({
    shop: p.shop.name,
    name: p.customerName,
    invoice: p.invoiceNumber,
    amount: money(p, amountOwed(p)),
    due_date: date(p, p.dueAt),
    pay_link: p.payUrl ?? '',
  }),
  'sign-in-link': (p) => ({ shop: p.shop.name }),
  'confirm-email': (p) => ({ shop: p.shop.name }),
  'password-reset': (p) => ({ shop: p.shop.name }),
  'email-change': (p) => ({ shop: p.shop.name, email: p.newEmail }),
  'account-exists': (p) => ({ shop: p.shop.name }),
  'term-announcement': (p) => ({ shop: p.shop.name, name: p.customerName, amount: money(p, p.amountMinor), due_date: date(p, p.collectAt), product: p.productName, plan: p.planName }),
  reminder: (p) => ({
    shop: p.shop.name,
    name: p.customerName,
    invoice: p.invoiceNumber,
    amount: money(p, p.openMinor + p.feeMinor),
    due_date: date(p, p.newDueAt),
    pay_link: p.payUrl ?? '',
  }),
  'suspension-notice': (p) => ({ shop: p.shop.name, name: p.customerName, invoice: p.invoiceNumber, amount: money(p, p.openMinor), pay_link: p.payUrl ?? '' }),
  'termination-warning': (p) => ({
    shop: p.shop.name,
    name: p.customerName,
    invoice: p.invoiceNumber,
    amount: money(p, p.openMinor),
    due_date: date(p, p.terminateAt),
    pay_link: p.payUrl ?? '',
  }),
  termination: (p) => ({
    shop: p.shop.name,
    name: p.customerName,
    amount: money(p, p.openInvoices.reduce((sum, invoice) => sum + invoice.openMinor, 0)),
    pay_link: p.payUrl ?? '',
  }),
  'order-lapsed': (p) => ({ shop: p.shop.name, name: p.customerName, order: p.orderReference, invoice: p.invoiceNumber, amount: money(p, p.totalMinor) }),
  'payment-failed': (p) => ({ shop: p.shop.name, name: p.customerName, invoice: p.invoiceNumber, amount: money(p, p.amountMinor), pay_link: p.payUrl ?? '' }),
  'payment-received': (p) => ({ shop: p.shop.name, name: p.customerName, invoice: p.invoiceNumber, amount: money(p, p.amountMinor) }),
  'merchant-new-order': (p) => ({ shop: p.shop.name, name: p.customerName, order: p.orderReference, invoice: p.invoiceNumber ?? '', amount: money(p, p.totalMinor) }),
  'card-expiring': (p) => ({ shop: p.shop.name, name: p.customerName, card: p.cardLabel }),
  'subscription-stop': (p) => ({ shop: p.shop.name, name: p.customerName, subscription: p.subscriptionName, due_date: date(p, p.endsAt) }),
  'subscription-pause': (p) => ({ shop: p.shop.name, name: p.customerName, subscription: p.subscriptionName }),
  'subscription-changed': (p) => ({ shop: p.shop.name, name: p.customerName, amount: money(p, p.termAmountMinor), due_date: date(p, p.effectiveAt) }),
  'pay-link': (p) => ({
    shop: p.shop.name,
    name: p.customerName,
    invoice: p.invoiceNumber,
    amount: money(p, p.openMinor),
    due_date: date(p, p.validUntil),
    pay_link: p.payUrl,
  }),
  'autopay-method-saved': (p) => ({ shop: p.shop.name, name: p.customerName, invoice: p.invoiceNumber }),
  'sepa-debit': (p) => ({ shop: p.shop.name, name: p.customerName, amount: money(p, p.amountMinor) }),
  'payment-returned': (p) => ({ shop: p.shop.name, name: p.customerName, invoice: p.invoiceNumber, amount: money(p, p.amountMinor), pay_link: p.payUrl ?? '' }),
  'webhook-endpoint-disabled': (p) => ({ shop: p.shop.name, url: p.url }),
};
