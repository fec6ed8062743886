import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // NOTE: PGlite ships WASM and resolves files relative to its own module; bundling it breaks
  // `next start` on the first query. The app reaches the embedded database over the wire anyway.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'postgres'],
  allowedDevOrigins: ['127.0.0.1'],
  typedRoutes: false,
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc right after its build (the route types the
  // build writes included), so its build skips Next's second pass over the same program.
  typescript: { ignoreBuildErrors: process.env.KADENS_BUILD_SKIPS_TYPECHECK === '1' },
  // A CI run builds once on a clean clone: Turbopack's build cache (on by default) would be written
  // to disk at the end of the build (half a minute here) and never read. Local builds keep it.
  experimental: { turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
  // The CSP (it needs a nonce per response) is set in proxy.ts; these hold for every response.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }];
  },
};

export default nextConfig;
