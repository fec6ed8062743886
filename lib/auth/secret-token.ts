import { createHash, randomBytes } from 'node:crypto';

/** A one-time link's secret: 256 random bits, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret token: its SHA-256, so the table alone opens nothing. */
export const hashSecretToken = (token: string): string => createHash('sha256').update(token).digest('hex');
