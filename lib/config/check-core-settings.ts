import type { Env, RuntimeMode } from './runtime-mode';
import { isSwitchOn, SWITCHES } from './switches';

export type Findings = { problems: string[]; warnings: string[] };

const MIN_SECRET_LENGTH = 32;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** AUTH_SECRET signs sessions and pay links: in production it must be set, and long. */
export function checkAuthSecret(env: Env, mode: RuntimeMode): Findings {
  const secret = env.AUTH_SECRET?.trim() ?? '';
  if (!secret) {
    return mode === 'production'
      ? { problems: ['AUTH_SECRET is not set: sessions and pay links are signed with it (and stored webhook secrets encrypted, without KADENS_ENCRYPTION_KEY). Generate one with `npx auth secret` or `openssl rand -base64 33`.'], warnings: [] }
      : { problems: [], warnings: [] };
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return { problems: [`AUTH_SECRET is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH} random characters.`], warnings: [] };
  }
  return { problems: [], warnings: [] };
}

/**
 * The key stored secrets (webhook signing secrets) are encrypted with: KADENS_ENCRYPTION_KEY, or
 * AUTH_SECRET when it is not set (so production always has one). A dedicated key must be long.
 */
export function checkEncryptionKey(env: Env, _mode: RuntimeMode): Findings {
  const own = env.KADENS_ENCRYPTION_KEY?.trim() ?? '';
  if (own) {
    return own.length < MIN_SECRET_LENGTH
      ? { problems: [`KADENS_ENCRYPTION_KEY is too short (${own.length} characters): use at least ${MIN_SECRET_LENGTH} random characters.`], warnings: [] }
      : { problems: [], warnings: [] };
  }
  // Without it, AUTH_SECRET is the key: checkAuthSecret refuses a production start without that.
  return { problems: [], warnings: [] };
}

/** APP_URL: the public origin every e-mailed and provider-facing link is built from. */
export function checkAppUrl(env: Env, mode: RuntimeMode): Findings {
  const value = env.APP_URL?.trim() ?? '';
  const example = 'e.g. APP_URL=https://shop.example.com';
  if (!value) {
    return mode === 'production'
      ? { problems: [`APP_URL is not set: the shop's public https address (${example}); sign-in links, pay links and payment provider return and webhook URLs are built from it.`], warnings: [] }
      : { problems: [], warnings: [] };
  }
  const url = URL.canParse(value) ? new URL(value) : null;
  // NOTE: "localhost:3000" parses, as a URL of scheme "localhost:".
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { problems: [`APP_URL is not an absolute http(s) URL ("${value}"; ${example}).`], warnings: [] };
  }
  const problems: string[] = [];
  if (url.pathname !== '/' || url.search || url.hash) problems.push(`APP_URL must be the origin alone, without a path ("${url.origin}").`);
  if (url.username || url.password) problems.push('APP_URL must not contain a user name or password.');
  if (mode === 'production' && url.protocol === 'http:' && !isSwitchOn(env, SWITCHES.allowHttp)) {
    const hint = LOOPBACK.has(url.hostname) ? `; only for a local trial, ${SWITCHES.allowHttp}=1 allows it` : '';
    problems.push(`APP_URL must start with https:// in production (got ${url.origin})${hint}.`);
  }
  return { problems, warnings: [] };
}

/** PostgreSQL from DATABASE_URL; the embedded database in production only when asked for. */
export function checkDatabase(env: Env, mode: RuntimeMode): Findings {
  const value = env.DATABASE_URL?.trim() ?? '';
  if (value) {
    return /^postgres(ql)?:\/\/.+/.test(value)
      ? { problems: [], warnings: [] }
      : { problems: ['DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database).'], warnings: [] };
  }
  if (mode !== 'production') return { problems: [], warnings: [] };
  if (!isSwitchOn(env, SWITCHES.embeddedDatabase)) {
    return {
      problems: [`DATABASE_URL is not set: production runs on PostgreSQL (postgres://user:password@host:5432/database). ${SWITCHES.embeddedDatabase}=1 runs the embedded database instead (one process, no replication: not recommended).`],
      warnings: [],
    };
  }
  const dataDir = env.KADENS_DATA_DIR?.trim() || '.data/pglite';
  const keep = dataDir.startsWith('memory://') ? 'in memory: everything is gone when it stops' : `back up ${dataDir} while the server is stopped`;
  return {
    problems: [],
    warnings: [`${SWITCHES.embeddedDatabase}=1: running on the embedded database (PGlite) in production; one process owns it, ${keep}. PostgreSQL is recommended.`],
  };
}
