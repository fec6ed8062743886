import { NextResponse } from 'next/server';
import type { Locale } from '@/lib/i18n/locales';
import { manageLocalizer } from '@/lib/i18n/manage-messages';

/**
 * A dashboard route's refusal as JSON (`{ error }`, with `code` when there is one for a program):
 * the error a dashboard.manage.messages code (`manageMessage` for one with values) worded in the
 * staff member's language, never cached. The REST API (/api/v1) keeps its English.
 */
export function staffAnswer(locale: Locale, message: string, status: number, extra: Record<string, string> = {}): NextResponse {
  return staffProblem(locale, manageLocalizer(locale).text(message), status, extra);
}

/** A refusal already worded in the staff member's language (`locale`): 400 unless told. */
export function staffProblem(locale: Locale, worded: string, status = 400, extra: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: worded, ...extra }, { status, headers: { 'content-language': locale, 'cache-control': 'private, no-store' } });
}
