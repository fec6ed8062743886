/**
 * Runs once when a Next.js server starts, before it answers anything: see
 * lib/config/start-node-server.ts (the settings check in production, AUTH_URL, the setup token).
 */
export async function register(): Promise<void> {
  // NOTE: this exact condition lets the bundler leave the Node-only module out of the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./lib/config/start-node-server');
    await startNodeServer();
  }
}
