/**
 * The order pages' reads of what a merchant changes rarely (a product's page with its plans, the
 * shop's price display), kept in this process for a few seconds: every visitor of a plan page
 * asked the database the same five questions. A save through the shop's services forgets them at
 * once (forgetStorefrontReads), so the merchant sees the change on the next visit; another
 * process (a second instance) sees it within FRESH_MS.
 *
 * The plan page an anonymous visitor gets is kept too, rendered from these reads
 * (lib/http/plan-page-cache.ts, up to 5 s): hence 5 s here, so another instance shows a change
 * within 10 s. It is forgotten with them: it must match storefrontGeneration().
 *
 * NOTE: on globalThis, not in this module's scope: the bundler may give the pages and the server
 * actions each their own copy of this module, and a save must reach the copy the pages read.
 */
const FRESH_MS = 5_000;
/** Keys come from addresses (slugs): bounded, so made-up ones cannot grow memory. */
const MAX_ENTRIES = 500;

type Entry = { until: number; value: Promise<unknown> };
const KEY = Symbol.for('kadens.storefrontReads');
const GENERATION = Symbol.for('kadens.storefrontGeneration');
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Entry>; [GENERATION]?: number };
const entries = (store[KEY] ??= new Map<string, Entry>());

/**
 * `read()`, or its answer of the last FRESH_MS under `key`. A null answer (no such product) and a
 * failed read are not kept: the next visit asks again.
 */
export function memoizedStorefrontRead<T>(key: string, read: () => Promise<T | null>, now = Date.now()): Promise<T | null> {
  const kept = entries.get(key);
  if (kept && kept.until > now) return kept.value as Promise<T | null>;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = read().then(
    (answer) => {
      if (answer === null && entries.get(key)?.value === value) entries.delete(key);
      return answer;
    },
    (error: unknown) => {
      if (entries.get(key)?.value === value) entries.delete(key);
      throw error;
    },
  );
  entries.set(key, { until: now + FRESH_MS, value });
  return value;
}

/** After a save of the catalog or of the shop's price display: the next visit reads the database. */
export function forgetStorefrontReads(): void {
  entries.clear();
  store[GENERATION] = storefrontGeneration() + 1;
}

/** How many times the storefront reads were forgotten in this process: what was kept from before is stale. */
export function storefrontGeneration(): number {
  return store[GENERATION] ?? 0;
}
