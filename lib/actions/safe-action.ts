import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { viewerWith } from '@/lib/auth/guards';
import type { Permission } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { clearFormFlash, writeFormFlash, type FlashState } from '@/lib/http/form-flash';
import { refererPath } from '@/lib/http/referer-path';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { DomainError, isDomainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { Locale } from '@/lib/i18n/locales';
import { localizeError, localizeIssue, localizeMessage } from '@/lib/i18n/localize-message';
import { PAGE_PATH_HEADER } from '@/lib/i18n/negotiate';
import { fieldErrorsOf, localizeState } from './action-answers';
import { formObject, type ActionState } from './action-state';
import { answerLocale } from './answer-locale';
import { manageCode, manageLocalizer, manageMessage, type ManageLocalizer } from '@/lib/i18n/manage-messages';
import { STAFF_ACTIONS, type StaffAction } from '@/lib/i18n/staff-actions';
import { requestLocale } from './request-locale';

type Values = Record<string, string>;
type Schema<I> = z.ZodType<I> | ((values: Values) => z.ZodType<I> | Promise<z.ZodType<I>>);

export type ActionConfig<I> = {
  /** What the form must be; a function for a schema that depends on the values or the settings. */
  schema?: Schema<I>;
  /** What the schema parses and what a refused form shows again; default: the form's text fields. */
  form?: (formData: FormData) => { input: unknown; values: Values };
  /** 'first': invalid input is answered with its first message alone (forms with one visible choice). */
  invalid?: 'fields' | 'first';
  /** Answer every refusal with what was typed (`values`), so the form shows it again. */
  keepValues?: boolean;
  /** Pages to re-render once the action ran; a `[id]` segment means every such page. */
  revalidate?: readonly string[] | ((input: I) => readonly string[]);
  /**
   * A server form (no client code): its answer, with what was typed, goes back to the page it was
   * sent from (`Referer`) under this name (lib/http/form-flash.ts), and the page shows it again.
   */
  flash?: string;
};
type Context<V> = { viewer: V; values: Values; formData: FormData };
type Run<I, V, R> = (input: I, context: Context<V>) => Promise<R>;

/** For `useActionState`: the form's previous answer and its data in, the next answer out. */
export type StateAction<S> = (prev: S, formData: FormData) => Promise<S>;
/** For a plain `<form action>` that answers by redirecting or re-rendering. */
export type FormAction = (formData: FormData) => Promise<void>;
/**
 * A server form's action (`flash`): a plain `<form action>` in the browser, answering by redirect;
 * called with a previous answer (the tests), it answers as a state action does.
 */
export type FlashAction<S> = FormAction & StateAction<S>;
type KeysOf<T> = T extends unknown ? keyof T : never;
/** A handler's answers as the form's state: plain ActionState unless it adds keys (then annotate it). */
type Answer<S> = [Exclude<KeysOf<S>, keyof ActionState>] extends [never] ? ActionState : S;
type Wrapper<V, C> = {
  <I = undefined, S extends ActionState = ActionState>(config: C & ActionConfig<I> & { flash: string }, run: Run<I, V, S | DomainErrorShape | void>): FlashAction<Answer<S>>;
  <I = undefined>(config: C & ActionConfig<I>, run: Run<I, V, void>): FormAction;
  <I = undefined, S extends ActionState = ActionState>(
    config: C & ActionConfig<I>,
    run: Run<I, V, S | DomainErrorShape>,
  ): StateAction<Answer<S>>;
};
type Guard<V, C> = (config: C) => Promise<{ ok: true; viewer: V } | { ok: false; error: string }>;
export type ActionKind = 'public' | 'customer' | 'merchant';

const kinds = new WeakMap<object, ActionKind>();
const configs = new WeakMap<object, object>();
/** Which wrapper built `action` (undefined: none did). */
export const actionKind = (action: unknown): ActionKind | undefined => (typeof action === 'function' ? kinds.get(action) : undefined);
/** The permission a merchant action requires (undefined for the other kinds). */
export const actionPermission = (action: unknown): Permission | undefined =>
  typeof action === 'function' ? (configs.get(action) as Partial<MerchantGuard> | undefined)?.permission : undefined;

const textFields = (formData: FormData) => {
  const values = formObject(formData);
  return { input: values, values };
};
/** A domain error as the form's answer: its catalogued code in the page's language where it has one. */
const stateOf = (locale: Locale, error: DomainErrorShape): ActionState => {
  const shown = localizeError(locale, error);
  const { field } = error;
  return field ? { error: shown, fieldErrors: { [field]: shown } } : { error: shown };
};

/** Every text of an answer through the localizer: message codes become the staff member's language. */
function localized(state: ActionState, localizer: ManageLocalizer): ActionState {
  const out = { ...state };
  if (out.error) out.error = localizer.text(out.error);
  if (out.notice) out.notice = localizer.text(out.notice);
  if (out.fieldErrors) out.fieldErrors = Object.fromEntries(Object.entries(out.fieldErrors).map(([key, message]) => [key, localizer.text(message)]));
  return out;
}

/**
 * Guard, then parse, then run; a domain error becomes the form's answer; then revalidate.
 * With `localize`, the answer's message codes (and zod issues' codes with their bounds) are
 * rendered in the request's language; other texts pass unchanged.
 */
function wrapper<V, C>(kind: ActionKind, guard: Guard<V, C>, localize?: () => Promise<ManageLocalizer>): Wrapper<V, C> {
  return ((config: C & ActionConfig<unknown>, run: Run<unknown, V, ActionState | DomainErrorShape | void>) => {
    const answered = async (formData: FormData): Promise<ActionState> => {
      // Customers and visitors are answered in the page's language; the dashboard answers in English.
      const locale: Locale = kind === 'merchant' ? 'en' : await answerLocale();
      const allowed = await guard(config);
      const localizer = localize ? await localize() : undefined;
      // A merchant guard's refusal is a dashboard code; a customer's an errors.* code.
      if (!allowed.ok) return { error: localizer ? localizer.text(allowed.error) : localizeMessage(locale, allowed.error) };
      const { input, values } = (config.form ?? textFields)(formData);
      const answer = (raw: ActionState) => {
        const state = localizer ? localized(raw, localizer) : raw;
        return config.keepValues && state.error ? { ...state, values } : state;
      };
      let parsed: unknown = input;
      if (config.schema) {
        const schema = typeof config.schema === 'function' ? await config.schema(values) : config.schema;
        const result = schema.safeParse(input);
        if (!result.success) {
          if (localizer) {
            // The dashboard's forms: their own codes, in the staff member's language.
            if (config.invalid === 'first') return answer({ error: localizer.issue(result.error.issues[0]!) });
            return answer({ ...fieldErrorsOf(result.error, localizer.issue), error: manageCode('correctFields') });
          }
          return answer(config.invalid === 'first' ? { error: localizeIssue(locale, result.error.issues[0]!) } : fieldErrorsOf(result.error, locale));
        }
        parsed = result.data;
      }
      try {
        const state = await run(parsed, {
          viewer: allowed.viewer,
          values,
          formData,
        });
        return answer(isDomainError(state) ? stateOf(locale, state) : localizeState(locale, state ?? {}));
      } catch (error) {
        if (error instanceof DomainError) return answer(stateOf(locale, error));
        throw error; // a redirect, or a bug
      } finally {
        const paths = typeof config.revalidate === 'function' ? config.revalidate(parsed) : (config.revalidate ?? []);
        for (const path of paths) revalidatePath(path, path.includes('[') ? 'page' : undefined);
      }
    };
    const action = async (...args: [FormData] | [ActionState, FormData]) => {
      if (args.length === 2) return answered(args[1]);
      if (!config.flash) return answered(args[0]);
      await clearFormFlash();
      const state = await answered(args[0]);
      if (!state.error && !state.notice && !state.fieldErrors) return;
      await writeFormFlash(config.flash, { ...state, values: (state as FlashState).values ?? (config.form ?? textFields)(args[0]).values });
      // Back to the page the form is on: its address in `Referer`, or, where the page sends none
      // (the one-time link pages' policy is no-referrer, and the router keeps that policy after
      // moving on), the address the action was posted to, which is the page's (proxy.ts passes it).
      const request = await headers();
      redirect(safeRedirectPath(refererPath(request.get('referer')) ?? request.get(PAGE_PATH_HEADER), '/'));
    };
    kinds.set(action, kind);
    configs.set(action, config as object);
    return action;
  }) as Wrapper<V, C>;
}

/** Anyone may call it (a cart, a sign-in, a signed pay link): no session is read. */
export const publicAction = wrapper<undefined, object>('public', async () => ({
  ok: true,
  viewer: undefined,
}));

/**
 * The signed-in customer only; `to` names what the action does (for readers of the code). A customer who has not
 * confirmed their address is refused too, unless the action is part of confirming it.
 */
export const customerAction = wrapper('customer', async ({ unconfirmed }: { to: string; unconfirmed?: 'allow' }) => {
  const checked = await viewerWith({ who: 'customer', unconfirmed });
  if (checked.ok) return checked;
  // Coded (errors.*), so the customer reads it in the page's language.
  if (checked.reason === 'unconfirmed') return { ok: false, error: 'confirm_address_first' };
  return { ok: false, error: 'session_ended' };
});

type MerchantGuard = {
  /** Completes "Only the shop’s staff can …" and "Your role does not allow you to …": worded per language (staff-actions.ts). */
  to: StaffAction;
  /** What the staff member's role must grant (lib/auth/permissions.ts). */
  permission: Permission;
};

/** The shop's staff whose role grants `permission`; anyone else is refused before the form is read. */
export const merchantAction = wrapper('merchant', async ({ to, permission }: MerchantGuard) => {
  const checked = await viewerWith({ who: 'merchant', permission });
  if (checked.ok) return checked;
  // Coded, so the refusal reaches the staff member in their language (the wrapper words it).
  return { ok: false, error: manageMessage(checked.reason === 'not-permitted' ? 'roleNotAllowed' : 'staffOnly', { action: STAFF_ACTIONS[to] }) };
}, async () => manageLocalizer(await requestLocale())) as Wrapper<Viewer, MerchantGuard>;
