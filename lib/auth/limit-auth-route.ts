import { customerTooManyRequests } from '@/lib/http/customer-answer';
import { limitEmailLink, limitSignIn } from '@/lib/rate-limit/request-limits';
import { requestLocale } from './request-locale';

/**
 * The limits of the sign-in forms, for the same requests sent straight to Auth.js's own routes
 * (POST /api/auth/callback/credentials, /api/auth/signin/email) instead of through the forms'
 * actions: 429 with Retry-After once spent, worded in the request's language like the forms, or
 * null to let Auth.js answer.
 */
export async function limitAuthRoute(request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  const limit = pathname.endsWith('/callback/credentials') ? limitSignIn : pathname.endsWith('/signin/email') ? limitEmailLink : null;
  if (!limit) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get('email');
  const limited = await limit(request.headers, typeof email === 'string' ? email : '');
  return limited.ok ? null : customerTooManyRequests(await requestLocale(request), limited.retryAfterSeconds);
}
