/**
 * Where a plain form may send the browser: our own pages, and the hosted checkout pages of the
 * providers (a checkout form answered with a redirect there, when scripts are off).
 */
const CHECKOUT_ORIGINS = ['https://www.mollie.com', 'https://checkout.stripe.com'];

export type CspOptions = (
  | { nonce: string }
  /**
   * A page kept for every visitor (lib/http/plan-page-cache.ts): its inline scripts by hash
   * ('sha256-…'), its script files from our own origin.
   */
  | { scriptHashes: string[] }
) & {
  /** `next dev`: React's debugging needs eval (never in production). */
  dev: boolean;
  /** The shop is served over https: the browser upgrades any stray http:// subresource. */
  https: boolean;
};

/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js
 * puts it on its own scripts when it finds it in the request's policy; 'strict-dynamic' lets those
 * load the rest), no plugins, no framing by anyone (clickjacking). A page kept for every visitor
 * cannot carry a nonce: its inline scripts are allowed by their hashes instead, and its script
 * files (and the chunks they load) by our own origin. Never 'unsafe-inline' for scripts.
 *
 * NOTE: styles allow 'unsafe-inline': pages use style attributes, which a nonce cannot cover,
 * and the outbox shows e-mails (inline-styled HTML) in a sandboxed srcdoc frame that inherits
 * this policy. Images may come from any https origin for the same e-mails.
 */
export function contentSecurityPolicy(options: CspOptions): string {
  const { dev, https } = options;
  const scripts = 'nonce' in options ? `'nonce-${options.nonce}' 'strict-dynamic'` : options.scriptHashes.join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${dev ? " 'unsafe-eval'" : ''}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${CHECKOUT_ORIGINS.join(' ')}`,
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The headers every response carries (pages, API, static files); the CSP comes from proxy.ts
 * because it needs a nonce per response. HSTS only in production: a browser that saw it never
 * again speaks plain http to this host.
 */
export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Pay links carry their token in the path: other sites never see more than our origin.
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    // For browsers older than CSP's frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ];
}
