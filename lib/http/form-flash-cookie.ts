/**
 * The cookie a refused server form leaves for the page it goes back to (lib/http/form-flash.ts).
 * Its name alone here, so proxy.ts can see it without loading the sealing.
 */
export const FORM_FLASH_COOKIE = 'kadens_form_flash';
/**
 * The same sealed answer, handed by proxy.ts to the one page rendered with it: proxy.ts deletes
 * the cookie in its response, and Next.js shows a cookie the proxy deletes as gone to the page too.
 */
export const FORM_FLASH_HEADER = 'x-kadens-form-flash';

/** Whether a Cookie header carries a form's answer (proxy.ts renders the page per request then). */
export function hasFormFlash(cookieHeader: string | null | undefined): boolean {
  return new RegExp(`(?:^|;\\s*)${FORM_FLASH_COOKIE}=`).test(cookieHeader ?? '');
}
