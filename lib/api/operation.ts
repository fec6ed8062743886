import type { z } from 'zod';

/**
 * One operation of /api/v1, described once: the route handler parses its request with these
 * schemas and the OpenAPI document (openapi-document.ts) is generated from the same objects, so
 * the two cannot disagree.
 */
export type Operation = {
  /** A PATCH changes fields of an object in place; like a POST it takes a body and an `Idempotency-Key`. */
  method: 'get' | 'post' | 'patch';
  /** The path under /api/v1, in OpenAPI's form: `/customers/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** `read` keys may call GETs; creating and changing needs a `write` key. */
  scope: 'read' | 'write';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { status: 200 | 201; description: string } & (
    | { schema: z.ZodType; contentType?: undefined }
    | { contentType: 'application/pdf' | 'application/xml'; schema?: undefined }
  );
  /** The error answers worth naming besides 401, 429 and 500 (every operation) and 400 and 413 (every POST and PATCH). */
  errors: ReadonlyArray<400 | 403 | 404 | 409 | 422>;
};

export const defineOperation = <const O extends Operation>(operation: O): O => operation;
