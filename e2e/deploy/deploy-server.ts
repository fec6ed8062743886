import path from 'node:path';

/**
 * The second e2e server: `npm start` as a new merchant runs it, on an empty database. Its port
 * and the file it writes the setup token to, shared by playwright.config.ts, the server launcher
 * and the spec.
 */
export const DEPLOY_PORT = Number(process.env.E2E_DEPLOY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
export const DEPLOY_URL = `http://localhost:${DEPLOY_PORT}`;
export const DEPLOY_SETUP_TOKEN_FILE = path.resolve('.data', 'e2e-deploy', 'setup-token');
