import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Auth.js needs a secret. With none configured we make one and keep it under .data/, so that
 * sessions survive a restart and nobody has to set an environment variable to try the app.
 */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve('.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
