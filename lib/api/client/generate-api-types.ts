import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '@/lib/api/openapi-document';

export const API_TYPES_FILE = 'lib/api/client/kadens-api.d.ts';

const HEADER = `/**
 * Types of the Kadens REST API (/api/v1), generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run api:types\` after changing an operation or schema (a test fails when
 * this file is out of date).
 */

`;

/** The TypeScript declarations of the API, as committed in API_TYPES_FILE. */
export async function generateApiTypes(): Promise<string> {
  // A field with a default may be left out of a request: keep it optional in the types.
  const ast = await openapiTS(JSON.parse(JSON.stringify(buildOpenApiDocument())), { defaultNonNullable: false });
  return HEADER + astToString(ast);
}
