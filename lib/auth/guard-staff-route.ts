import type { NextResponse } from 'next/server';
import { staffAnswer } from '@/lib/http/staff-answer';
import type { Locale } from '@/lib/i18n/locales';
import { manageMessage } from '@/lib/i18n/manage-code';
import type { Access, Granted } from './access';
import { viewerWith } from './guards';
import { requestLocale } from './request-locale';

/** What a dashboard download does, to name it in the refusals (dashboard.manage.messages `route…`). */
export type StaffRouteWhat = 'invoice' | 'creditNote' | 'einvoiceExport' | 'csvExport';

/**
 * For a dashboard route a browser opens (a download, an export): the staff member and the language
 * to answer them in, or the refusal, as JSON in the request's language: 401 signed out, 403 for a
 * customer or a role without the permission.
 */
export async function guardStaffRoute<A extends Access>(
  request: Request,
  access: A,
  what: StaffRouteWhat,
): Promise<{ ok: true; viewer: Granted<A>; locale: Locale } | { ok: false; response: NextResponse }> {
  const [checked, locale] = await Promise.all([viewerWith(access), requestLocale(request)]);
  if (checked.ok) return { ok: true, viewer: checked.viewer, locale };
  const [code, status] =
    checked.reason === 'signed-out'
      ? (['routeSignedOut', 401] as const)
      : checked.reason === 'not-permitted'
        ? (['routeNotPermitted', 403] as const)
        : (['routeStaffOnly', 403] as const);
  return { ok: false, response: staffAnswer(locale, manageMessage(code, { what }), status) };
}
