import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Auth.js needs a secret. Outside production, with none configured, we make one and keep it
 * under .data/, so that sessions survive a restart and nobody has to set an environment variable
 * to try the app. In production it must be configured (a generated file would differ between
 * instances and vanish with the container).
 */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === 'production') throw new Error('AUTH_SECRET is not set (see "Deploying" in README.md).');
  const file = path.resolve('.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
