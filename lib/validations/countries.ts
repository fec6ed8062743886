/**
 * The countries a customer can register an address in. Its own module without zod, so the
 * registration form (a client component) does not ship the validation library to the browser.
 */
export const COUNTRIES = ['NL', 'BE', 'DE', 'NO', 'SE', 'DK', 'FR', 'AT', 'LU', 'FI', 'GB', 'US'] as const;
