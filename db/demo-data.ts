/** The demo shop seeded into an empty database; the README and the terminal print the logins. */
export const DEMO_MERCHANT = { email: 'merchant@example.com', password: 'kadens-demo', name: 'Mira Merchant' };
export const DEMO_CUSTOMER = { email: 'customer@example.com', password: 'kadens-demo', name: 'Daan de Vries' };
export const DEMO_COUPON = 'WELCOME10';
export const TRENDHOUSE_SLUG = 'trendhouse';
/** The demo's variable product: a magazine in print, digital, and print + digital. */
export const ATELIER_SLUG = 'atelier';
export const INVOICE_PREFIX = 'KD-';
