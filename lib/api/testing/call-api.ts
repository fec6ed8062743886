/**
 * Test support: calls the /api/v1 route handlers in-process, as Next.js would (a Request and the
 * route's params), so the contract test runs every operation against the real database without a
 * server. One entry per route file; the contract test checks that every operation has one.
 */
type RouteModule = Record<string, unknown>;

const ROUTES: Array<[template: string, load: () => Promise<RouteModule>]> = [
  ['/customers', () => import('@/app/api/v1/customers/route')],
  ['/customers/{id}', () => import('@/app/api/v1/customers/[id]/route')],
  ['/subscriptions', () => import('@/app/api/v1/subscriptions/route')],
  ['/subscriptions/{id}', () => import('@/app/api/v1/subscriptions/[id]/route')],
  ['/subscriptions/{id}/cancel', () => import('@/app/api/v1/subscriptions/[id]/cancel/route')],
  ['/subscriptions/{id}/pause', () => import('@/app/api/v1/subscriptions/[id]/pause/route')],
  ['/subscriptions/{id}/resume', () => import('@/app/api/v1/subscriptions/[id]/resume/route')],
  ['/subscriptions/{id}/plan_change_preview', () => import('@/app/api/v1/subscriptions/[id]/plan_change_preview/route')],
  ['/subscriptions/{id}/plan_change', () => import('@/app/api/v1/subscriptions/[id]/plan_change/route')],
  ['/products', () => import('@/app/api/v1/products/route')],
  ['/products/{id}', () => import('@/app/api/v1/products/[id]/route')],
  ['/plans', () => import('@/app/api/v1/plans/route')],
  ['/plans/{id}', () => import('@/app/api/v1/plans/[id]/route')],
  ['/coupons', () => import('@/app/api/v1/coupons/route')],
  ['/coupons/{id}', () => import('@/app/api/v1/coupons/[id]/route')],
  ['/invoices', () => import('@/app/api/v1/invoices/route')],
  ['/invoices/{id}', () => import('@/app/api/v1/invoices/[id]/route')],
  ['/invoices/{id}/pdf', () => import('@/app/api/v1/invoices/[id]/pdf/route')],
  ['/invoices/{id}/einvoice', () => import('@/app/api/v1/invoices/[id]/einvoice/route')],
  ['/invoices/{id}/payments', () => import('@/app/api/v1/invoices/[id]/payments/route')],
  ['/invoices/{id}/void', () => import('@/app/api/v1/invoices/[id]/void/route')],
  ['/payments', () => import('@/app/api/v1/payments/route')],
  ['/payments/{id}', () => import('@/app/api/v1/payments/[id]/route')],
  ['/payments/{id}/refunds', () => import('@/app/api/v1/payments/[id]/refunds/route')],
  ['/credit_notes', () => import('@/app/api/v1/credit_notes/route')],
  ['/credit_notes/{id}', () => import('@/app/api/v1/credit_notes/[id]/route')],
  ['/events', () => import('@/app/api/v1/events/route')],
  ['/events/{id}', () => import('@/app/api/v1/events/[id]/route')],
  ['/openapi.json', () => import('@/app/api/v1/openapi.json/route')],
];

export const ROUTE_TEMPLATES = ROUTES.map(([template]) => template);

function match(template: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const found = new RegExp(`^${pattern}$`).exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
}

export type ApiCall = {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of another content type. */
  body: unknown;
  /** The route template that answered, e.g. `/customers/{id}`. */
  template: string;
  method: 'get' | 'post' | 'patch';
};

export async function callApi(
  method: 'get' | 'post' | 'patch',
  pathAndQuery: string,
  options: { key?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiCall> {
  const url = new URL(`http://localhost/api/v1${pathAndQuery}`);
  const path = url.pathname.slice('/api/v1'.length);
  for (const [template, load] of ROUTES) {
    const params = match(template, path);
    if (!params) continue;
    const handler = (await load())[method.toUpperCase()] as ((request: Request, context: unknown) => Promise<Response>) | undefined;
    if (!handler) throw new Error(`${template} has no ${method.toUpperCase()} handler`);
    const headers: Record<string, string> = { ...options.headers };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await handler(new Request(url, { method: method.toUpperCase(), headers, body }), { params: Promise.resolve(params) });
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') ? await response.json() : await response.text();
    return { status: response.status, headers: response.headers, body: parsed, template, method };
  }
  throw new Error(`No route for ${path}`);
}
