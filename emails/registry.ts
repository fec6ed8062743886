import type { ReactElement } from 'react';
import { emailMessages } from './i18n';
import InvoiceEmail, { type InvoiceEmailProps } from './invoice';
import OrderConfirmationEmail, { type OrderConfirmationProps } from './order-confirmation';
import SignInLinkEmail, { type SignInLinkProps } from './sign-in-link';

/** Every template the shop sends, by the name stored in the outbox, with its props. */
export type EmailTemplates = {
  'order-confirmation': OrderConfirmationProps;
  invoice: InvoiceEmailProps;
  'sign-in-link': SignInLinkProps;
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
};

export const templateNames = Object.keys(emailTemplates) as TemplateName[];
