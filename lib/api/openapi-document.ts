import { createDocument, type ZodOpenApiMediaTypeObject, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { Operation } from './operation';
import { OPERATIONS } from './operations';
import { ErrorResponse } from './schemas/common';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The URL or a header is malformed (a query parameter, a page cursor that was changed).',
  401: 'No API key, or one that is mistyped or revoked.',
  403: 'The key may only read.',
  404: 'No such object (or one of a simulated customer).',
  413: 'The body is over 64 KiB.',
  409: 'The object’s state does not allow this now, or a request with this Idempotency-Key is still running.',
  422: 'The body is not valid (`param` names the field), or the Idempotency-Key was used for another body.',
  429: 'Too many requests with this key; wait `Retry-After` seconds.',
  500: 'Something failed on our side.',
};

const errorAnswer = (status: number) => ({
  description: ERROR_DESCRIPTIONS[status]!,
  content: { 'application/json': { schema: ErrorResponse } },
  ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' as const } } } } : {}),
});

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  description: 'Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice.',
  schema: { type: 'string' as const, maxLength: 255 },
};

function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const { response } = operation;
  const media: ZodOpenApiMediaTypeObject = { schema: response.schema ?? { type: 'string', format: 'binary' } };
  const responses: ZodOpenApiResponsesObject = {
    [`${response.status}` as `2${string}`]: { description: response.description, content: { [response.contentType ?? 'application/json']: media } },
  };
  // Any POST or PATCH may meet a body that is not JSON or an Idempotency-Key that is too long (400) and a
  // body over the size cap (413).
  const always = operation.method !== 'get' ? [400, 401, 413, 429, 500] : [401, 429, 500];
  for (const status of [...new Set([...operation.errors, ...always])].sort()) responses[`${status}` as `4${string}`] = errorAnswer(status);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    ...(operation.scope === 'write' ? { 'x-required-scope': 'write' } : {}),
    requestParams: {
      ...(operation.params ? { path: operation.params } : {}),
      ...(operation.query ? { query: operation.query } : {}),
    },
    ...(operation.method !== 'get' ? { parameters: [idempotencyHeader] } : {}),
    ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: operation.body } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the operations the route handlers run. */
export function buildOpenApiDocument(serverUrl = '/api/v1') {
  const paths: ZodOpenApiPathsObject = {};
  // Sorted, so the document (and the types generated from it) never depend on import order.
  const operations = (Object.values(OPERATIONS) as Operation[]).sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kadens API',
      version: '1.0.0',
      description:
        'The shop’s data for CRMs, accounting and fulfilment. Authenticate with an API key from the dashboard (Settings → API keys) as `Authorization: Bearer kad_live_…`. Lists are newest first and paged with `limit` and `starting_after` (the previous page’s `next_cursor`). Every error has the shape `{ error: { type, code, message, param } }`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key, `kad_live_…`.' } } },
    paths,
  });
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The document, built once per process (it only changes with the code). */
export function openApiDocument() {
  cached ??= buildOpenApiDocument();
  return cached;
}
