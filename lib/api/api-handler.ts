import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { consumeLimit } from '@/lib/rate-limit/consume-limit';
import { tryAgainIn } from '@/lib/rate-limit/limit-answers';
import { authenticateApiKey, type ApiCaller } from '@/lib/services/api-keys/authenticate-api-key';
import { finishIdempotentRequest, releaseIdempotentRequest, startIdempotentRequest } from '@/lib/services/api/idempotency';
import { ApiError, apiErrorResponse, invalidRequest } from './api-error';
import type { Operation } from './operation';
import { zodProblem } from './zod-problem';

type Parsed<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export type ApiRequest<O extends Operation> = {
  params: Parsed<O['params'], Record<string, never>>;
  query: Parsed<O['query'], Record<string, never>>;
  body: Parsed<O['body'], undefined>;
  caller: ApiCaller;
  now: Date;
};

/** A JSON answer (its status is the operation's), or a ready Response for a file. */
export type ApiResult = { body: unknown; status?: number } | Response;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const MAX_BODY_BYTES = 64 * 1024;
const IDEMPOTENCY_KEY_MAX = 255;

async function callerOf(request: Request, now: Date): Promise<ApiCaller> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ApiError(401, 'authentication_error', 'missing_api_key', 'Send your API key as `Authorization: Bearer kad_live_…`. Keys are made in the dashboard under Settings → API keys.');
  }
  const caller = await authenticateApiKey(match[1]!, now);
  if (!caller) throw new ApiError(401, 'authentication_error', 'invalid_api_key', 'This API key is not valid: it is mistyped or was revoked.');
  return caller;
}

async function readBody(request: Request): Promise<{ raw: string; json: unknown }> {
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) throw invalidRequest('body_too_large', `The request body is over ${MAX_BODY_BYTES / 1024} KiB.`, null, 413);
  if (raw.trim() === '') return { raw, json: {} };
  try {
    return { raw, json: JSON.parse(raw) };
  } catch {
    throw invalidRequest('invalid_json', 'The request body is not valid JSON.', null, 400);
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, status: number): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problem = zodProblem(parsed.error);
  throw invalidRequest('parameter_invalid', problem.message, problem.param, status);
}

function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] ??= value;
  return query;
}

const jsonAnswer = (body: unknown, status: number, headers: Record<string, string> = {}) => Response.json(body, { status, headers });

/**
 * A route handler for one operation: the key checked (401), counted against its rate limit (429),
 * its scope checked (403), the path, query and body parsed with the operation's schemas (400 for
 * the URL, 422 for the body, naming the field), a POST's or PATCH's `Idempotency-Key` honoured, and every
 * refusal in the one error shape. An unexpected failure is a 500 that says nothing inside.
 */
export function apiHandler<O extends Operation>(operation: O, run: (request: ApiRequest<O>) => Promise<ApiResult>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const now = new Date();
    let claimed: { apiKeyId: string; key: string } | null = null;
    try {
      const caller = await callerOf(request, now);
      const limit = await consumeLimit('api-key', caller.apiKeyId);
      if (!limit.ok) {
        throw new ApiError(429, 'rate_limit_error', 'rate_limited', `Too many requests with this key. Try again in ${tryAgainIn(limit.retryAfterSeconds)}.`, null, {
          'Retry-After': String(limit.retryAfterSeconds),
        });
      }
      if (operation.scope === 'write' && caller.scope !== 'write') {
        throw new ApiError(403, 'permission_error', 'read_only_key', 'This key may only read. Create a key with write access in the dashboard to change data.');
      }
      const params = operation.params ? parseWith(operation.params, await context.params, 404) : {};
      const query = operation.query ? parseWith(operation.query, queryObject(new URL(request.url)), 400) : {};
      let body: unknown = undefined;
      let raw = '';
      if (operation.method !== 'get') {
        const read = await readBody(request);
        raw = read.raw;
        if (operation.body) body = parseWith(operation.body, read.json, 422);
        const idempotencyKey = request.headers.get('idempotency-key');
        if (idempotencyKey !== null) {
          if (idempotencyKey.length === 0 || idempotencyKey.length > IDEMPOTENCY_KEY_MAX) {
            throw invalidRequest('idempotency_key_invalid', `Idempotency-Key is 1 to ${IDEMPOTENCY_KEY_MAX} characters.`, 'Idempotency-Key', 400);
          }
          const requestHash = createHash('sha256').update(`${operation.operationId}\n${new URL(request.url).pathname}\n${raw}`).digest('hex');
          const started = await startIdempotentRequest(caller.apiKeyId, idempotencyKey, requestHash, now);
          if (started.kind === 'replay') return jsonAnswer(started.body, started.statusCode, { 'Idempotent-Replayed': 'true' });
          if (started.kind === 'in_progress') {
            throw new ApiError(409, 'idempotency_error', 'idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed. Retry once it has finished.', 'Idempotency-Key');
          }
          if (started.kind === 'mismatch') {
            throw new ApiError(422, 'idempotency_error', 'idempotency_key_reused', 'This Idempotency-Key was already used for another request. Use a new key for a new request.', 'Idempotency-Key');
          }
          claimed = { apiKeyId: caller.apiKeyId, key: idempotencyKey };
        }
      }
      const result = await run({ params, query, body, caller, now } as ApiRequest<O>);
      if (result instanceof Response) return result;
      const status = result.status ?? operation.response.status;
      if (claimed) await finishIdempotentRequest(claimed.apiKeyId, claimed.key, status, result.body);
      return jsonAnswer(result.body, status);
    } catch (error) {
      if (error instanceof ApiError) {
        // A refusal is an answer like any other: a retry with the same key gets it again.
        if (claimed) await finishIdempotentRequest(claimed.apiKeyId, claimed.key, error.status, error.body);
        return apiErrorResponse(error);
      }
      if (claimed) await releaseIdempotentRequest(claimed.apiKeyId, claimed.key).catch(() => undefined);
      console.error(`[api] ${operation.operationId} failed`, error);
      return apiErrorResponse(new ApiError(500, 'api_error', 'internal_error', 'Something went wrong on our side. The request may be retried.'));
    }
  };
}
