import { clientIp } from './client-ip';
import { consumeLimit, consumeLimits, type LimitCheck } from './consume-limit';

// The limits of each entry point, in one place, for the actions and the routes that share them.
// Each takes the request's headers for the client's address (see clientIp).

/** A password sign-in: by the address tried and by the client. */
export const limitSignIn = (headers: Headers, email: string): Promise<LimitCheck> =>
  consumeLimits([
    ['sign-in-email', email],
    ['sign-in-ip', clientIp(headers)],
  ]);

/** A request that e-mails a link (sign-in, password reset): by the address and by the client. */
export const limitEmailLink = (headers: Headers, email: string): Promise<LimitCheck> =>
  consumeLimits([
    ['email-link-email', email],
    ['email-link-ip', clientIp(headers)],
  ]);

export const limitRegistration = (headers: Headers): Promise<LimitCheck> => consumeLimit('register-ip', clientIp(headers));

export const limitPayLink = (headers: Headers): Promise<LimitCheck> => consumeLimit('pay-link-ip', clientIp(headers));

/** "E-mail me a new link" on an expired pay link: by the invoice the link names and by the client. */
export const limitPayLinkRenewal = (headers: Headers, invoiceKey: string): Promise<LimitCheck> =>
  consumeLimits([
    ['pay-link-renew-invoice', invoiceKey],
    ['pay-link-renew-ip', clientIp(headers)],
  ]);

export const limitWebhook = (headers: Headers): Promise<LimitCheck> => consumeLimit('webhook-ip', clientIp(headers));
