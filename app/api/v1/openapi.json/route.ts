import { openApiDocument } from '@/lib/api/openapi-document';

/** The OpenAPI 3.1 document of /api/v1, public (it describes the API, not the shop's data). */
export function GET() {
  return Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
