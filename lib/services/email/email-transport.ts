import { Resend } from 'resend';

/** What deliverEmail needs of the Resend SDK; tests pass a fake with the same `{ data, error }` answers. */
export type ResendClient = { emails: { send: Resend['emails']['send'] } };

export const DEFAULT_EMAIL_FROM = 'Kadens <onboarding@resend.dev>';

/** Resend is the transport when its key is set; otherwise mail stays in the outbox (ARCHITECTURE.md). */
export function isResendConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.RESEND_API_KEY?.trim());
}

export function emailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM;
}

export function createResendClient(env: NodeJS.ProcessEnv = process.env): ResendClient {
  const key = env.RESEND_API_KEY?.trim();
  if (!key) throw new Error('RESEND_API_KEY is not set: queued e-mail cannot be delivered.');
  return new Resend(key);
}
