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
  // Production builds use webpack (`npm run build`, `next build --webpack`); dev keeps Turbopack.
  // Every shopper's first visit downloads the framework, and webpack ships it smaller: Next's
  // `lib` cache group puts React DOM in a file of its own beside the shared chunk, which gzip
  // packs worse than one file (129.5 kB of framework before any page code, Turbopack 130.7 kB
  // at best), and webpack loads only the client components a page renders.
  webpack(config, { isServer, dev }) {
    const splitChunks = config.optimization?.splitChunks;
    if (!isServer && !dev && splitChunks?.cacheGroups) splitChunks.cacheGroups.lib = false;
    // NOTE: rate-limiter-flexible's drizzle store loads drizzle-orm with an import() of a computed
    // name, which webpack warns of ("Critical dependency") on every build; it is never called
    // here: PostgresLimiter (lib/rate-limit/postgres-limiter.ts) overrides every method that uses it.
    config.ignoreWarnings = [
      ...(config.ignoreWarnings ?? []),
      { module: /rate-limiter-flexible[\\/]lib[\\/]RateLimiterDrizzle\.js$/, message: /Critical dependency: the request of a dependency is an expression/ },
    ];
    return config;
  },
  // `next dev` keeps Turbopack (it starts faster); said here, since a webpack config without one
  // makes a Turbopack run stop, taking it for a config left unmigrated.
  turbopack: {},
  // The CSP (it needs a nonce per response) is set in proxy.ts; these hold for every response.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }];
  },
};

export default nextConfig;
