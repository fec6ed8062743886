import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // NOTE: PGlite ships WASM and resolves files relative to its own module; bundling it breaks
  // `next start` on the first query. The app reaches the embedded database over the wire anyway.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'postgres'],
  allowedDevOrigins: ['127.0.0.1'],
  typedRoutes: false,
};

export default nextConfig;
