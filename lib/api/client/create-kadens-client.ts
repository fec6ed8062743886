import createClient from 'openapi-fetch';
import type { paths } from './kadens-api.d.ts';

/**
 * A typed client for the REST API (openapi-fetch over the generated types): paths, parameters,
 * bodies and answers are checked by the compiler. `baseUrl` is the shop's address.
 */
export function createKadensClient(options: { baseUrl: string; apiKey: string; fetch?: typeof fetch }) {
  return createClient<paths>({
    baseUrl: `${options.baseUrl.replace(/\/$/, '')}/api/v1`,
    headers: { Authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
