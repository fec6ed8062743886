import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '@/lib/api/openapi-document';

const DOC_ID = 'https://kadens.invalid/api/v1/openapi.json';
const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

let ajv: Ajv2020 | undefined;

function validator(): Ajv2020 {
  if (ajv) return ajv;
  // Not strict: the document carries OpenAPI's own keywords (openapi, info, paths) around the schemas.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...openApiDocument(), $id: DOC_ID });
  return ajv;
}

/**
 * Checks an answer against what the OpenAPI document says the operation answers with that status
 * and content type. Returns the problems (none: it conforms). A status the document does not list
 * is a problem too.
 */
export function responseProblems(call: { template: string; method: string; status: number; body: unknown; headers: Headers }): string[] {
  const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
  const operation = doc.paths[call.template]?.[call.method];
  if (!operation) return [`${call.method.toUpperCase()} ${call.template} is not in the document`];
  const response = operation.responses[String(call.status)];
  if (!response) return [`${call.method.toUpperCase()} ${call.template} does not document status ${call.status}`];
  const type = (call.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!response.content?.[type]) return [`${call.method.toUpperCase()} ${call.template} ${call.status} does not document ${type}`];
  if (type !== 'application/json') return [];
  const ref = `${DOC_ID}#/${pointer('paths', call.template, call.method, 'responses', String(call.status), 'content', type, 'schema')}`;
  const validate = validator().getSchema(ref) ?? validator().compile({ $ref: ref });
  if (validate(call.body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
