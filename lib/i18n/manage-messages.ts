import { catalog } from './catalog';
import type { Locale } from './locales';
import { manageCode, manageMessage, type ManageCode } from './manage-code';
import { getTranslator } from './translator';

// The codes themselves live in manage-code.ts, which a client form's module may import (no catalog there).
export { manageCode, manageMessage, type ManageCode };

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
  // An argument that is itself a code (a reminder process's problem inside a plan's refusal) is worded first.
  const render = (message: string, values: Record<string, unknown>): string => {
    const parsed = parseMessage(message);
    if (!parsed) return message;
    const own = Object.fromEntries(Object.entries(parsed.values).map(([key, value]) => [key, parseMessage(value) ? render(value, {}) : value]));
    return t(parsed.code, { ...values, ...own });
  };
  return {
    text: (message, values = {}) => render(message, values),
    issue: ({ message, maximum, minimum, params }) =>
      render(message, { ...(maximum === undefined ? {} : { max: Number(maximum) }), ...(minimum === undefined ? {} : { min: Number(minimum) }), ...params }),
  };
}
