/** Every limit the app enforces, by the subject it counts (an address, an IP). */
export type LimitName =
  | 'sign-in-email'
  | 'sign-in-ip'
  | 'register-ip'
  | 'email-link-email'
  | 'email-link-ip'
  | 'pay-link-ip'
  | 'pay-link-renew-invoice'
  | 'pay-link-renew-ip'
  | 'webhook-ip'
  | 'api-key';

/** At most `points` requests per `durationSeconds` window for one subject. */
export type LimitRule = { points: number; durationSeconds: number };

/**
 * Defaults: tight where a guess is worth something (a password, an address to mail), generous
 * where the traffic is honest (a pay-link page, a provider's webhooks), and loose enough that the
 * end-to-end suite, which comes from one address, never meets them.
 */
export const DEFAULT_LIMITS: Record<LimitName, LimitRule> = {
  // Password guesses against one address, wherever they come from; a success starts it afresh.
  'sign-in-email': { points: 10, durationSeconds: 15 * 60 },
  // Guesses from one address at many accounts.
  'sign-in-ip': { points: 100, durationSeconds: 15 * 60 },
  'register-ip': { points: 30, durationSeconds: 60 * 60 },
  // E-mailed links (sign-in, password reset, confirmation): no mailbox flooded, no mail bill run up.
  'email-link-email': { points: 5, durationSeconds: 15 * 60 },
  'email-link-ip': { points: 50, durationSeconds: 15 * 60 },
  'pay-link-ip': { points: 120, durationSeconds: 60 },
  // "E-mail me a new link" on an expired pay link: a few a day per invoice (no mailbox flooded).
  'pay-link-renew-invoice': { points: 3, durationSeconds: 24 * 60 * 60 },
  'pay-link-renew-ip': { points: 20, durationSeconds: 60 * 60 },
  'webhook-ip': { points: 600, durationSeconds: 60 },
  // Requests of one REST API key (/api/v1): about 30 a second, in bursts of up to 300.
  'api-key': { points: 300, durationSeconds: 10 },
};

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as LimitName[];

/** `sign-in-email` → `KADENS_RATE_LIMIT_SIGN_IN_EMAIL`. */
export const limitEnvName = (name: LimitName) => `KADENS_RATE_LIMIT_${name.toUpperCase().replace(/-/g, '_')}`;

/**
 * The rule in force: `KADENS_RATE_LIMIT_<NAME>=<points>/<seconds>` replaces the default, `off`
 * switches the limit off (null), and `KADENS_RATE_LIMITS=off` switches every limit off.
 * A malformed value is a configuration mistake and fails loudly rather than leaving a form open.
 */
export function limitRule(name: LimitName, env: Readonly<Record<string, string | undefined>> = process.env): LimitRule | null {
  if (env.KADENS_RATE_LIMITS?.trim() === 'off') return null;
  const raw = env[limitEnvName(name)]?.trim();
  if (!raw) return DEFAULT_LIMITS[name];
  if (raw === 'off') return null;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`${limitEnvName(name)} must be <points>/<seconds> (like 10/900) or off, not "${raw}".`);
  }
  return { points: Number(match[1]), durationSeconds: Number(match[2]) };
}
