import { catalog, type Messages } from './catalog';
import { defaultLocale, type Locale } from './locales';
import type { Namespace } from './translator';

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The messages of a namespace's own level (not of its groups), as the catalog holds them. */
export type Templates<N extends string> = { [K in keyof At<Messages, N> as At<Messages, N>[K] extends string ? K : never]: string };

/**
 * A namespace's own messages unformatted, for a client component that fills in simple `{name}`
 * arguments itself (`fillTemplate`): a table's "Page {page}" changes in the browser, and the
 * message parser must not be shipped there. Messages read this way take only plain arguments,
 * no plural or select (the server formats those with `getTranslator`).
 */
export function templatesOf<N extends Namespace>(locale: Locale, namespace: N): Templates<N> {
  let node: unknown = catalog[locale in catalog ? locale : defaultLocale];
  for (const part of namespace.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  // A group that is not there (a list without columns) has no messages.
  return Object.fromEntries(Object.entries((node ?? {}) as Record<string, unknown>).filter(([, value]) => typeof value === 'string')) as Templates<N>;
}
