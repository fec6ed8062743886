import type { ReactElement } from 'react';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import AccountExistsEmail, { type AccountExistsProps } from './account-exists';
import AutopayMethodSavedEmail, { type AutopayMethodSavedProps } from './autopay-method-saved';
import CardExpiringEmail, { type CardExpiringProps } from './card-expiring';
import ConfirmEmailEmail, { type ConfirmEmailProps } from './confirm-email';
import EmailChangeEmail, { type EmailChangeProps } from './email-change';
import InvoiceEmail, { type InvoiceEmailProps } from './invoice';
import MerchantNewOrderEmail, { type MerchantNewOrderProps } from './merchant-new-order';
import OrderConfirmationEmail, { type OrderConfirmationProps } from './order-confirmation';
import OrderLapsedEmail, { type OrderLapsedProps } from './order-lapsed';
import PasswordResetEmail, { type PasswordResetProps } from './password-reset';
import PaymentFailedEmail, { type PaymentFailedProps } from './payment-failed';
import PayLinkEmail, { type PayLinkProps } from './pay-link';
import PaymentReceivedEmail, { type PaymentReceivedProps } from './payment-received';
import PaymentReturnedEmail, { paymentReturnedSubject, type PaymentReturnedProps } from './payment-returned';
import ReminderEmail, { reminderTitle, type ReminderProps } from './reminder';
import SepaDebitEmail, { sepaDebitSubject, type SepaDebitProps } from './sepa-debit';
import SignInLinkEmail, { type SignInLinkProps } from './sign-in-link';
import SuspensionNoticeEmail, { type SuspensionNoticeProps } from './suspension-notice';
import SubscriptionChangedEmail, { subscriptionChangedSubject, type SubscriptionChangedProps } from './subscription-changed';
import SubscriptionStopEmail, { subscriptionStopSubject, type SubscriptionStopProps } from './subscription-stop';
import SubscriptionPauseEmail, { subscriptionPauseSubject, type SubscriptionPauseProps } from './subscription-pause';
import TermAnnouncementEmail, { type TermAnnouncementProps } from './term-announcement';
import TerminationEmail, { type TerminationProps } from './termination';
import TerminationWarningEmail, { type TerminationWarningProps } from './termination-warning';
import WebhookEndpointDisabledEmail, { type WebhookEndpointDisabledProps } from './webhook-endpoint-disabled';

/** Every template the shop sends, by the name stored in the outbox, with its props. */
export type EmailTemplates = {
  'order-confirmation': OrderConfirmationProps;
  invoice: InvoiceEmailProps;
  'sign-in-link': SignInLinkProps;
  'confirm-email': ConfirmEmailProps;
  'password-reset': PasswordResetProps;
  'email-change': EmailChangeProps;
  'account-exists': AccountExistsProps;
  'term-announcement': TermAnnouncementProps;
  reminder: ReminderProps;
  'suspension-notice': SuspensionNoticeProps;
  'termination-warning': TerminationWarningProps;
  termination: TerminationProps;
  'order-lapsed': OrderLapsedProps;
  'payment-failed': PaymentFailedProps;
  'payment-received': PaymentReceivedProps;
  'merchant-new-order': MerchantNewOrderProps;
  'card-expiring': CardExpiringProps;
  'subscription-stop': SubscriptionStopProps;
  'subscription-pause': SubscriptionPauseProps;
  'subscription-changed': SubscriptionChangedProps;
  'pay-link': PayLinkProps;
  'autopay-method-saved': AutopayMethodSavedProps;
  'webhook-endpoint-disabled': WebhookEndpointDisabledProps;
  'sepa-debit': SepaDebitProps;
  'payment-returned': PaymentReturnedProps;
};
export type TemplateName = keyof EmailTemplates;
export type TemplateProps<T extends TemplateName> = EmailTemplates[T];

type TemplateDefinition<P> = {
  component: (props: P) => ReactElement;
  /** The subject line, in the props' locale. */
  subject: (props: P) => string;
  /**
   * The message carries a credential (a sign-in, password-reset or address-confirmation link):
   * staff see that it was sent, to whom and when, never its body.
   */
  sensitive?: true;
};

export const emailTemplates: { [T in TemplateName]: TemplateDefinition<EmailTemplates[T]> } = {
  'order-confirmation': {
    component: OrderConfirmationEmail,
    subject: (p) => getTranslator(p.locale, 'emails.orderConfirmation', p.overrides)('subject', { shop: p.shop.name, order: p.orderReference }),
  },
  invoice: {
    component: InvoiceEmail,
    subject: (p) => getTranslator(p.locale, 'emails.invoice', p.overrides)('subject', { shop: p.shop.name, invoice: p.invoiceNumber }),
  },
  'sign-in-link': {
    component: SignInLinkEmail,
    subject: (p) => getTranslator(p.locale, 'emails.signIn', p.overrides)('subject', { shop: p.shop.name }),
    sensitive: true,
  },
  'confirm-email': {
    component: ConfirmEmailEmail,
    subject: (p) => getTranslator(p.locale, 'emails.confirmEmail', p.overrides)('subject', { shop: p.shop.name }),
    sensitive: true,
  },
  'password-reset': {
    component: PasswordResetEmail,
    subject: (p) => getTranslator(p.locale, 'emails.passwordReset', p.overrides)('subject', { shop: p.shop.name }),
    sensitive: true,
  },
  'email-change': {
    component: EmailChangeEmail,
    subject: (p) => getTranslator(p.locale, 'emails.emailChange', p.overrides)('subject', { shop: p.shop.name }),
    sensitive: true,
  },
  'account-exists': {
    component: AccountExistsEmail,
    subject: (p) => getTranslator(p.locale, 'emails.accountExists', p.overrides)('subject', { shop: p.shop.name }),
  },
  'term-announcement': {
    component: TermAnnouncementEmail,
    subject: (p) => getTranslator(p.locale, 'emails.termAnnouncement', p.overrides)('subject', { shop: p.shop.name, product: p.productName }),
  },
  reminder: {
    component: ReminderEmail,
    subject: (p) =>
      getTranslator(p.locale, 'emails.reminder', p.overrides)('subject', {
        title: reminderTitle(p.locale, p.step, p.overrides),
        shop: p.shop.name,
        invoice: p.invoiceNumber,
      }),
  },
  'suspension-notice': {
    component: SuspensionNoticeEmail,
    subject: (p) => getTranslator(p.locale, 'emails.suspension', p.overrides)('subject', { shop: p.shop.name, invoice: p.invoiceNumber }),
  },
  'termination-warning': {
    component: TerminationWarningEmail,
    subject: (p) =>
      getTranslator(p.locale, 'emails.terminationWarning', p.overrides)('subject', {
        shop: p.shop.name,
        date: createFormatter(p.locale, p.timeZone).date(p.terminateAt),
      }),
  },
  termination: {
    component: TerminationEmail,
    subject: (p) => getTranslator(p.locale, 'emails.termination', p.overrides)('subject', { shop: p.shop.name, subscription: p.subscriptionName }),
  },
  'order-lapsed': {
    component: OrderLapsedEmail,
    subject: (p) => getTranslator(p.locale, 'emails.orderLapsed', p.overrides)('subject', { shop: p.shop.name, order: p.orderReference }),
  },
  'payment-failed': {
    component: PaymentFailedEmail,
    subject: (p) => getTranslator(p.locale, 'emails.paymentFailed', p.overrides)('subject', { shop: p.shop.name, invoice: p.invoiceNumber }),
  },
  'payment-received': {
    component: PaymentReceivedEmail,
    subject: (p) => getTranslator(p.locale, 'emails.paymentReceived', p.overrides)('subject', { shop: p.shop.name, invoice: p.invoiceNumber }),
  },
  'merchant-new-order': {
    component: MerchantNewOrderEmail,
    subject: (p) =>
      getTranslator(p.locale, 'emails.merchantNewOrder', p.overrides)('subject', {
        shop: p.shop.name,
        order: p.orderReference,
        customer: p.customerName,
      }),
  },
  'webhook-endpoint-disabled': {
    component: WebhookEndpointDisabledEmail,
    subject: (p) => getTranslator(p.locale, 'emails.webhookEndpointDisabled', p.overrides)('subject', { shop: p.shop.name, url: p.url }),
  },
  'card-expiring': {
    component: CardExpiringEmail,
    subject: (p) => getTranslator(p.locale, 'emails.cardExpiring', p.overrides)('subject', { shop: p.shop.name, card: p.cardLabel }),
  },
  'subscription-stop': {
    component: SubscriptionStopEmail,
    subject: subscriptionStopSubject,
  },
  'subscription-pause': {
    component: SubscriptionPauseEmail,
    subject: subscriptionPauseSubject,
  },
  'subscription-changed': {
    component: SubscriptionChangedEmail,
    subject: subscriptionChangedSubject,
  },
  'pay-link': {
    component: PayLinkEmail,
    subject: (p) => getTranslator(p.locale, 'emails.payLink', p.overrides)('subject', { shop: p.shop.name, invoice: p.invoiceNumber }),
  },
  'autopay-method-saved': {
    component: AutopayMethodSavedEmail,
    subject: (p) => getTranslator(p.locale, 'emails.autopayMethodSaved', p.overrides)('subject', { shop: p.shop.name }),
  },
  'sepa-debit': { component: SepaDebitEmail, subject: sepaDebitSubject },
  'payment-returned': { component: PaymentReturnedEmail, subject: paymentReturnedSubject },
};

export const templateNames = Object.keys(emailTemplates) as TemplateName[];

/**
 * Whether messages of the template stored as `name` carry a credential (see `sensitive`). A name
 * no template has any more is treated as sensitive: what it carried cannot be known.
 */
export function isSensitiveTemplate(name: string): boolean {
  if (!Object.hasOwn(emailTemplates, name)) return true;
  const definition: { sensitive?: true } = emailTemplates[name as TemplateName];
  return definition.sensitive === true;
}
