/** How Next.js marks a 404 thrown by notFound(). */
export const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';

/**
 * What Next.js would make of running `run`: 'completed', or the digest of the notFound() /
 * redirect() it threw ('NEXT_REDIRECT;…'), or the message of any other error.
 */
export async function nextOutcome(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'completed';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}
