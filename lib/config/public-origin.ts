import { runtimeMode, type Env } from './runtime-mode';

/**
 * The shop's public origin (`https://shop.example.com`), from APP_URL and nothing else: sign-in
 * links, pay links and the provider return and webhook URLs are built from it, never from the
 * request's Host or X-Forwarded-* headers, which any client can set. Outside production it
 * defaults to this machine's server; in production the settings check makes APP_URL required.
 */
export function publicOrigin(env: Env = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return new URL(configured).origin;
  if (runtimeMode(env) === 'production') throw new Error('APP_URL is not set: the shop cannot build its public links.');
  return `http://localhost:${env.PORT?.trim() || 3000}`;
}
