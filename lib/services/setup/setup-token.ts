import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the running server writes the setup token: readable by the server's user alone. */
export function setupTokenFile(env: Readonly<Record<string, string | undefined>> = process.env): string {
  // A file of the server's own, at run time: not something the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ env.KADENS_SETUP_TOKEN_FILE?.trim() || path.join('.data', 'setup-token'));
}

/** 256 random bits: guessing one is hopeless, so /setup needs no rate limit of its own. */
export function newSetupToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a read of the table reveals no token. */
export function hashSetupToken(token: string): string {
  return crypto.createHash('sha256').update(token.trim()).digest('hex');
}

/**
 * Whether `token` is one of `hashes`, compared in constant time against every one of them (no
 * early exit), so the timing says nothing about how close a guess came.
 */
export function matchesSetupToken(token: string, hashes: readonly string[]): boolean {
  const given = Buffer.from(hashSetupToken(token), 'hex');
  let found = false;
  for (const hash of hashes) {
    const stored = Buffer.from(hash, 'hex');
    if (stored.length === given.length && crypto.timingSafeEqual(stored, given)) found = true;
  }
  return found;
}

/** Writes the token file with mode 0600 (also when it existed with wider rights). */
export function writeSetupTokenFile(file: string, token: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

export function removeSetupTokenFile(file: string): void {
  fs.rmSync(file, { force: true });
}
