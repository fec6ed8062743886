import { apiErrorResponse, notFound } from '@/lib/api/api-error';

/** Any other path under /api/v1: a 404 in the API's error shape, not the site's HTML page. */
function unknownPath() {
  return apiErrorResponse(notFound('endpoint', null));
}

export { unknownPath as GET, unknownPath as POST, unknownPath as PUT, unknownPath as PATCH, unknownPath as DELETE };
