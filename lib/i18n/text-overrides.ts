import { createTranslator } from 'use-intl/core';
import { catalog, type Messages } from './catalog';
import { intlLocales, type Locale } from './locales';

/**
 * The merchant's wording for one e-mail (or page) in one language: catalog messages replaced by
 * their full path (`emails.invoice.intro`), and the macro values every replaced message may use
 * besides the catalog message's own arguments (`{name}`, `{amount}`, `{pay_link}`...).
 */
export type TextOverrides = {
  messages: Readonly<Record<string, string>>;
  macros?: Readonly<Record<string, string>>;
};

type Values = Record<string, unknown> | undefined;
type Translate = ((key: string, values?: Values, formats?: unknown) => string) & {
  rich: (key: string, values?: Values, formats?: unknown) => unknown;
  markup: (key: string, values?: Values, formats?: unknown) => string;
  raw: (key: string) => unknown;
  has: (key: string) => boolean;
};

/** A copy of `messages` with the overridden leaves replaced, copying only the objects on their paths. */
function withMessages(messages: Messages, replaced: Readonly<Record<string, string>>): Messages {
  const root: Record<string, unknown> = { ...messages };
  for (const [path, text] of Object.entries(replaced)) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      if (typeof child !== 'object' || child === null) break;
      node = node[part] = { ...(child as Record<string, unknown>) };
    }
    const leaf = parts.at(-1)!;
    if (typeof node[leaf] === 'string') node[leaf] = text;
  }
  return root as Messages;
}

const built = new WeakMap<TextOverrides, Map<string, Translate>>();

/**
 * `base` (the catalog's translator for `language` and `namespace`) with the merchant's messages
 * in place of the catalog's. A replaced message is formatted with the macros and the call's own
 * values; should it fail anyway (it was checked when saved), the catalog's message is used, so a
 * customer still gets a sensible e-mail.
 */
export function overriddenTranslator(language: Locale, namespace: string | undefined, base: Translate, overrides: TextOverrides): Translate {
  let byNamespace = built.get(overrides);
  if (!byNamespace) built.set(overrides, (byNamespace = new Map()));
  const cached = byNamespace.get(namespace ?? '');
  if (cached) return cached;

  const merged = createTranslator({
    locale: intlLocales[language],
    messages: withMessages(catalog[language], overrides.messages),
    namespace: namespace as never,
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
  const prefix = namespace ? `${namespace}.` : '';
  const replaced = (key: string) => Object.hasOwn(overrides.messages, prefix + key);
  const withMacros = (values: Values) => ({ ...overrides.macros, ...values });
  const either =
    <R,>(method: (t: Translate) => (key: string, values?: Values, formats?: unknown) => R) =>
    (key: string, values?: Values, formats?: unknown): R => {
      if (!replaced(key)) return method(base)(key, values, formats);
      try {
        return method(merged)(key, withMacros(values), formats);
      } catch {
        return method(base)(key, values, formats);
      }
    };
  const translate = Object.assign(
    either((t) => t),
    {
      rich: either((t) => t.rich),
      markup: either((t) => t.markup),
      raw: (key: string) => (replaced(key) ? overrides.messages[prefix + key] : base.raw(key)),
      has: (key: string) => base.has(key),
    },
  );
  byNamespace.set(namespace ?? '', translate);
  return translate;
}
