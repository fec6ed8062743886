import { publicOrigin } from '@/lib/config/public-origin';

/**
 * The app's public origin, for return URLs given to payment providers and e-mailed links: from
 * APP_URL, never from the request's Host or X-Forwarded-* headers (a forged header would
 * otherwise put the attacker's host into a payer's return link).
 */
export async function baseUrl(): Promise<string> {
  return publicOrigin();
}
