import type { Messages } from './catalog';
import type { Locale } from './locales';
import { getTranslator, type Namespace } from './translator';

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;
/** The keys of a namespace's own messages (not of its groups). */
type MessageKeys<N extends string> = { [K in keyof At<Messages, N>]: At<Messages, N>[K] extends string ? K : never }[keyof At<Messages, N>] & string;

/**
 * Some messages of a namespace, without arguments, formatted as plain strings: what a page hands
 * a client component (a form) as its `texts`, so no message parser is shipped to the browser.
 */
export function textsOf<N extends Namespace, K extends MessageKeys<N>>(locale: Locale, namespace: N, keys: readonly K[]): Record<K, string> {
  const t = getTranslator(locale, namespace) as unknown as (key: string) => string;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
