import type { Env } from './runtime-mode';

/**
 * The explicit switches a production start needs for anything that is unsafe or unusual there.
 * Each is off unless set to `1` (or `true`); any other value is a mistake the settings check
 * reports rather than guesses at.
 */
export const SWITCHES = {
  /** Mounts the test payment provider in production (staff only); outside production it always is. */
  testProvider: 'KADENS_TEST_PROVIDER',
  /** Runs the embedded database (PGlite) in production instead of PostgreSQL. */
  embeddedDatabase: 'KADENS_EMBEDDED_DATABASE',
  /** Allows an http:// APP_URL in production: a local trial or the end-to-end suite, never the internet. */
  allowHttp: 'KADENS_ALLOW_HTTP',
  /** The shop takes payment by invoice (bank transfer), so it may start without a payment provider. */
  payByInvoice: 'KADENS_PAY_BY_INVOICE',
  /** `npm start` seeds the demo shop (with its published passwords) into an empty database. */
  seedDemo: 'KADENS_SEED_DEMO',
  /** Outgoing webhooks may go to private, loopback and link-local addresses (a local receiver in a trial or the e2e suite). */
  webhooksToPrivateAddresses: 'KADENS_WEBHOOKS_PRIVATE_ADDRESSES',
} as const;

export type SwitchName = (typeof SWITCHES)[keyof typeof SWITCHES];

const ON = new Set(['1', 'true']);
const OFF = new Set(['', '0', 'false']);

/** Whether the switch is on; a malformed value counts as off (the settings check reports it). */
export function isSwitchOn(env: Env, name: SwitchName): boolean {
  return ON.has((env[name] ?? '').trim().toLowerCase());
}

/** The switches whose value is neither on nor off, each as a message. */
export function malformedSwitches(env: Env): string[] {
  return Object.values(SWITCHES).flatMap((name) => {
    const value = (env[name] ?? '').trim().toLowerCase();
    return ON.has(value) || OFF.has(value) ? [] : [`${name} must be 1 (on) or unset (off), not "${env[name]}".`];
  });
}
