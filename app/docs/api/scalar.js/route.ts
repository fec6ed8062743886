import { apiReferenceBundle } from '@/lib/http/api-reference-page';

/** Scalar's standalone bundle, from node_modules (its version is pinned in package.json). */
export async function GET(): Promise<Response> {
  const body = await apiReferenceBundle();
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      // A day: the file changes only with a new build, and the page's URL carries no version.
      'cache-control': 'public, max-age=86400',
    },
  });
}
