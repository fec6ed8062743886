import { cookies, headers } from 'next/headers';
import type { ActionState } from '@/lib/actions/action-state';
import { openSecret, sealSecret } from '@/lib/crypto/secret-box';
import { FORM_FLASH_COOKIE, FORM_FLASH_HEADER } from './form-flash-cookie';

/** A refused form's answer and what was typed, as the page shows it again. */
export type FlashState = ActionState & { values?: Record<string, string> };

const CONTEXT = 'form-flash';
const MAX_AGE_SECONDS = 120;
/** Never written to a cookie, sealed or not: a refused form shows its password fields empty. */
const SECRET_FIELD = /password|token|secret/i;

/**
 * Post/redirect/get for the shop's server forms (no client code of ours on those pages): a refused
 * form's answer goes to the page it came from in a short-lived cookie, sealed (AES-GCM, the app's
 * key) and httpOnly, so nobody reads or forges another's answer. `form` names the form, so the
 * page shows it on that form only. proxy.ts hands it to the next page asked for, and forgets it.
 */
export async function writeFormFlash(form: string, state: FlashState): Promise<void> {
  const values = state.values && Object.fromEntries(Object.entries(state.values).filter(([key]) => !SECRET_FIELD.test(key)));
  const sealed = sealSecret(JSON.stringify({ form, state: { error: state.error, notice: state.notice, fieldErrors: state.fieldErrors, values } }), CONTEXT);
  (await cookies()).set(FORM_FLASH_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
    secure: process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https'),
  });
}

/** A form's answer, before it runs again: an answer from an earlier try must not show after this one. */
export async function clearFormFlash(): Promise<void> {
  const jar = await cookies();
  if (jar.has(FORM_FLASH_COOKIE)) jar.delete(FORM_FLASH_COOKIE);
}

/**
 * The answer left for `form`, or the empty answer (none, another form's, or one that does not
 * open): handed over by proxy.ts, or in the cookie while the action that wrote it renders.
 */
export async function readFormFlash(form: string): Promise<FlashState> {
  const sealed = (await headers()).get(FORM_FLASH_HEADER) ?? (await cookies()).get(FORM_FLASH_COOKIE)?.value;
  if (!sealed) return {};
  try {
    const flash = JSON.parse(openSecret(sealed, CONTEXT)) as { form?: unknown; state?: FlashState };
    return flash.form === form && flash.state ? flash.state : {};
  } catch {
    return {};
  }
}
