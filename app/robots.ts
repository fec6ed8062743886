import type { MetadataRoute } from 'next';

/**
 * robots.txt: the shop's pages may be indexed; a customer's pages, the checkout's steps and the
 * dashboard may not. Static: built once, served without rendering (bench:pages compares the
 * plan page's throughput with it).
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: ['/account', '/checkout/', '/dashboard', '/pay/', '/signin/', '/test-provider'] } };
}
