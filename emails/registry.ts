import type { ReactElement } from 'react';
import { emailFormatter } from './format';
import { emailMessages } from './i18n';
import InvoiceEmail, { type InvoiceEmailProps } from './invoice';
import MerchantNewOrderEmail, { type MerchantNewOrderProps } from './merchant-new-order';
import OrderConfirmationEmail, { type OrderConfirmationProps } from './order-confirmation';
import PaymentFailedEmail, { type PaymentFailedProps } from './payment-failed';
import PaymentReceivedEmail, { type PaymentReceivedProps } from './payment-received';
import ReminderEmail, { type ReminderProps } from './reminder';
import SignInLinkEmail, { type SignInLinkProps } from './sign-in-link';
import SuspensionNoticeEmail, { type SuspensionNoticeProps } from './suspension-notice';
import TermAnnouncementEmail, { type TermAnnouncementProps } from './term-announcement';
import TerminationEmail, { type TerminationProps } from './termination';
import TerminationWarningEmail, { type TerminationWarningProps } from './termination-warning';

/** Every template the shop sends, by the name stored in the outbox, with its props. */
export type EmailTemplates = {
  'order-confirmation': OrderConfirmationProps;
  invoice: InvoiceEmailProps;
  'sign-in-link': SignInLinkProps;
  'term-announcement': TermAnnouncementProps;
  reminder: ReminderProps;
  'suspension-notice': SuspensionNoticeProps;
  'termination-warning': TerminationWarningProps;
  termination: TerminationProps;
  'payment-failed': PaymentFailedProps;
  'payment-received': PaymentReceivedProps;
  'merchant-new-order': MerchantNewOrderProps;
};
export type TemplateName = keyof EmailTemplates;
export type TemplateProps<T extends TemplateName> = EmailTemplates[T];

type TemplateDefinition<P> = {
  component: (props: P) => ReactElement;
  /** The subject line, in the props' locale. */
  subject: (props: P) => string;
};

export const emailTemplates: { [T in TemplateName]: TemplateDefinition<EmailTemplates[T]> } = {
  'order-confirmation': {
    component: OrderConfirmationEmail,
    subject: (p) =>
      emailMessages(p.locale).orderConfirmation.subject({ shopName: p.shop.name, orderReference: p.orderReference }),
  },
  invoice: {
    component: InvoiceEmail,
    subject: (p) => emailMessages(p.locale).invoice.subject({ shopName: p.shop.name, invoiceNumber: p.invoiceNumber }),
  },
  'sign-in-link': {
    component: SignInLinkEmail,
    subject: (p) => emailMessages(p.locale).signIn.subject({ shopName: p.shop.name }),
  },
  'term-announcement': {
    component: TermAnnouncementEmail,
    subject: (p) => emailMessages(p.locale).termAnnouncement.subject({ shopName: p.shop.name, productName: p.productName }),
  },
  reminder: {
    component: ReminderEmail,
    subject: (p) =>
      emailMessages(p.locale).reminder.subject({ shopName: p.shop.name, invoiceNumber: p.invoiceNumber, step: p.step }),
  },
  'suspension-notice': {
    component: SuspensionNoticeEmail,
    subject: (p) => emailMessages(p.locale).suspension.subject({ shopName: p.shop.name, invoiceNumber: p.invoiceNumber }),
  },
  'termination-warning': {
    component: TerminationWarningEmail,
    subject: (p) =>
      emailMessages(p.locale).terminationWarning.subject({
        shopName: p.shop.name,
        date: emailFormatter(p.locale, p.timeZone).date(p.terminateAt),
      }),
  },
  termination: {
    component: TerminationEmail,
    subject: (p) =>
      emailMessages(p.locale).termination.subject({ shopName: p.shop.name, subscription: p.subscriptionName }),
  },
  'payment-failed': {
    component: PaymentFailedEmail,
    subject: (p) => emailMessages(p.locale).paymentFailed.subject({ shopName: p.shop.name, invoiceNumber: p.invoiceNumber }),
  },
  'payment-received': {
    component: PaymentReceivedEmail,
    subject: (p) => emailMessages(p.locale).paymentReceived.subject({ shopName: p.shop.name, invoiceNumber: p.invoiceNumber }),
  },
  'merchant-new-order': {
    component: MerchantNewOrderEmail,
    subject: (p) =>
      emailMessages(p.locale).merchantNewOrder.subject({
        shopName: p.shop.name,
        orderReference: p.orderReference,
        customerName: p.customerName,
      }),
  },
};

export const templateNames = Object.keys(emailTemplates) as TemplateName[];
