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
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
    // Fewer, larger client chunks (production builds only): the framework every page loads (React,
    // React DOM, the router) comes as one file instead of five, which gzip packs 2.5 kB smaller for
    // every shopper's first visit (`npm run bench:pages`). The price: a dashboard page's chunk
    // carries what it shares with other dashboard pages (react-table, the forms) instead of sharing
    // a file with them, so moving between dashboard pages downloads more (all of them one after the
    // other: 800 kB gzipped instead of 397 kB), each first visit a little less.
    turbopackChunking: { minChunkSize: 2_000_000, maxMergeChunkSize: 10_000_000 },
  },
  // The CSP (it needs a nonce per response) is set in proxy.ts; these hold for every response.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }];
  },
};

export default nextConfig;
