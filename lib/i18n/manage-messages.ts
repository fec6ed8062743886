import { catalog, type Messages } from './catalog';
import type { Locale } from './locales';
import { getTranslator } from './translator';

/**
 * A dashboard form's validation problem or answer, by its key in `dashboard.manage.messages`:
 * schemas and merchant actions return these codes, never English, and the action wrapper
 * renders them in the staff member's language (safe-action.ts).
 */
export type ManageCode = keyof Messages['dashboard']['manage']['messages'] & string;

/** Marks a string as a message code, so a typo fails the type check instead of showing a key. */
export const manageCode = <K extends ManageCode>(code: K): K => code;

/**
 * A code with its arguments as one string (`extendDaysInvalid?max=366`): what a zod message or
 * an action's answer can carry where only a string fits. Rendered by the localizer below.
 */
export function manageMessage(code: ManageCode, values: Record<string, string | number>): string {
  return `${code}?${new URLSearchParams(Object.entries(values).map(([key, value]) => [key, String(value)]))}`;
}

const codes = new Set(Object.keys(catalog.en.dashboard.manage.messages));

/** The code and arguments of a message, or null for any other text. */
function parseMessage(message: string): { code: ManageCode; values: Record<string, string> } | null {
  const [code = '', query] = message.split('?', 2);
  if (!codes.has(code) || (query !== undefined && /\s/.test(query))) return null;
  return { code: code as ManageCode, values: Object.fromEntries(new URLSearchParams(query ?? '')) };
}

export function isManageCode(message: unknown): message is ManageCode {
  return typeof message === 'string' && parseMessage(message) !== null;
}

/** What a zod issue may carry for its message's arguments (`{max}` of a too-long text). */
type IssueLike = { message: string; maximum?: unknown; minimum?: unknown; params?: Record<string, unknown> };

export type ManageLocalizer = {
  /** A code in `locale`; any other text (a service's or a shared validator's) unchanged. */
  text(message: string, values?: Record<string, string | number>): string;
  /** A zod issue's message, with its bound (`max`, `min`) and `params` as the message's arguments. */
  issue(issue: IssueLike): string;
};

/** The localizer of one language; English is the catalog's own text for each code. */
export function manageLocalizer(locale: Locale): ManageLocalizer {
  const t = getTranslator(locale, 'dashboard.manage.messages') as unknown as (key: string, values?: Record<string, unknown>) => string;
  const render = (message: string, values: Record<string, unknown>) => {
    const parsed = parseMessage(message);
    return parsed ? t(parsed.code, { ...values, ...parsed.values }) : message;
  };
  return {
    text: (message, values = {}) => render(message, values),
    issue: ({ message, maximum, minimum, params }) =>
      render(message, { ...(maximum === undefined ? {} : { max: Number(maximum) }), ...(minimum === undefined ? {} : { min: Number(minimum) }), ...params }),
  };
}
