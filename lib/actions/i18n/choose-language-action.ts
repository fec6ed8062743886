'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/safe-action';
import { getViewer } from '@/lib/auth/viewer';
import { refererPath } from '@/lib/http/referer-path';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { LOCALE_COOKIE, LOCALE_PARAM } from '@/lib/i18n/negotiate';
import { setCustomerLocale } from '@/lib/services/customers/set-customer-locale';
import { chooseLanguageSchema } from '@/lib/validations/locale';

/**
 * The header's language switcher: anyone may use it (a cookie keeps the choice); a signed-in
 * customer's choice is also stored on them, so Min Side, their e-mails and their PDFs follow.
 * Back to the same page, without a `?lang=` that would override the choice. The page is the one the
 * form was sent from (`Referer`): the header, and so its `returnTo`, is not rendered again when
 * the dashboard moves between its pages in the browser; `returnTo`, the address the server
 * rendered, when a browser sends no `Referer`.
 */
export const chooseLanguageAction = publicAction({ schema: chooseLanguageSchema }, async (input) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  const viewer = await getViewer();
  if (viewer?.customerId) await setCustomerLocale(viewer.customerId, input.locale);
  const from = refererPath((await headers()).get('referer')) ?? input.returnTo;
  const back = new URL(safeRedirectPath(from, safeRedirectPath(input.returnTo, '/')), 'http://shop.invalid');
  back.searchParams.delete(LOCALE_PARAM);
  redirect(`${back.pathname}${back.search}`);
});
