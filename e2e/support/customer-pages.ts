import fs from 'node:fs';
import path from 'node:path';

/** The route groups a customer (or a visitor) sees: the shop, sign-in and Min Side. */
const CUSTOMER_GROUPS = ['(shop)', '(auth)', '(portal)'] as const;

/**
 * Every customer-facing page as its route pattern ("/plans/[slug]", "/account/invoices/[id]"),
 * read from the page.tsx files under app/, so a page added later is in the list without anyone
 * remembering to add it.
 */
export function customerPageRoutes(appDir = path.join(process.cwd(), 'app')): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === 'page.tsx') {
        const visible = segments.filter((s) => !/^\(.*\)$/.test(s));
        routes.push(`/${visible.join('/')}`);
      }
    }
  };
  for (const group of CUSTOMER_GROUPS) {
    const dir = path.join(appDir, group);
    if (fs.existsSync(dir)) walk(dir, []);
  }
  return routes.sort();
}
