import net from 'node:net';

/** The pages a first visit opens: the shop, the sign-in page, Min Side and the dashboard. */
export const FIRST_VISIT_PAGES = ['/', '/signin', '/account', '/dashboard'] as const;

/**
 * Asks a starting `next dev` for the pages a first visit opens, so that it compiles them while the
 * demo's history plays (on the other core) instead of when the user first opens them.
 * NOTE: their answers wait for the database (db/embedded/held-listener.ts) and are thrown away;
 * a failure only means the page compiles on its first visit, as without this.
 */
export async function warmUpPages(port: number, paths: readonly string[] = FIRST_VISIT_PAGES): Promise<void> {
  if (!(await listening(port))) return;
  await Promise.all(
    paths.map((path) =>
      fetch(`http://localhost:${port}${path}`, { redirect: 'manual' })
        .then((response) => response.arrayBuffer())
        .catch(() => undefined),
    ),
  );
}

/** Whether the server took connections within a minute (Next.js listens a moment after it is spawned). */
async function listening(port: number): Promise<boolean> {
  for (let tries = 0; tries < 600; tries += 1) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
