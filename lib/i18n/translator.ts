import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import { catalog, type Messages } from './catalog';
import { defaultLocale, intlLocales, type Locale } from './locales';
import { overriddenTranslator, type TextOverrides } from './text-overrides';

/** A group of messages: `emails.invoice`, `documents`, `pdf.creditNote`, ... */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

export type Translator<N extends Namespace = never> = ReturnType<typeof createTranslator<Messages, N>>;

const translators = new Map<string, unknown>();

/**
 * The messages of one language (English for an unknown one), optionally narrowed to a
 * namespace: `getTranslator('nl', 'emails.invoice')('subject', { invoice, shop })`. Keys and ICU
 * arguments are checked against messages/en.json at compile time.
 *
 * One translator per language and namespace is kept, so each message is parsed once.
 * NOTE: a missing argument or a broken message throws instead of rendering the key's path into
 * a customer's e-mail or PDF; the catalog tests keep that from happening at run time.
 *
 * With `overrides` (the merchant's texts, see text-overrides.ts), their messages replace the
 * catalog's.
 */
export function getTranslator<N extends Namespace = never>(locale: Locale, namespace?: N, overrides?: TextOverrides): Translator<N> {
  const language = locale in catalog ? locale : defaultLocale;
  const key = `${language}:${namespace ?? ''}`;
  let translator = translators.get(key) as Translator<N> | undefined;
  if (!translator) {
    translator = createTranslator<Messages, N>({
      locale: intlLocales[language],
      messages: catalog[language],
      namespace,
      onError: (error) => {
        throw error;
      },
    });
    translators.set(key, translator);
  }
  if (!overrides || Object.keys(overrides.messages).length === 0) return translator;
  return overriddenTranslator(language, namespace, translator as never, overrides) as unknown as Translator<N>;
}
