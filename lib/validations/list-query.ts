/**
 * The state of a server-paged dashboard list, as it stands in the address bar:
 * `?q=anna&sort=-startedAt&status=active&after=<cursor>&page=2&size=25`.
 *
 * `sort` is a column id, `-` first for descending. `after` / `before` are opaque keyset cursors
 * (the next or previous page); `page` only numbers the page for people. Everything a person can
 * type here is checked: an unknown sort or filter value is refused with a message (the list then
 * shows its default), a page of −1 or 10⁹ and an odd page size are clamped.
 */
export type ListSort = { id: string; desc: boolean };

export type ListQuery = {
  q: string;
  sort: ListSort;
  after: string | null;
  before: string | null;
  page: number;
  size: number;
  /** Only the filters the list declares, each one of its allowed values. */
  filters: Record<string, string>;
};

export type ListConfig = {
  sorts: readonly string[];
  defaultSort: ListSort;
  /** Filter name → allowed values. */
  filters?: Record<string, readonly string[]>;
};

export const LIST_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_LIST_PAGE_SIZE = 25;
/** Longer searches are cut: nobody types 100 characters to find a name. */
export const MAX_SEARCH_LENGTH = 100;
const MAX_PAGE = 1_000_000;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function single(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function clampedInteger(text: string | undefined, fallback: number, min: number, max: number): number {
  const value = text === undefined || !/^-?\d+$/.test(text.trim()) ? fallback : Number(text.trim());
  return Math.min(max, Math.max(min, value));
}

/** What was wrong with a list's address, for a page that words it in the reader's language. */
export type ListQueryProblem = { kind: 'sort'; id: string; allowed: string } | { kind: 'filter'; name: string; allowed: string };

function parseSort(text: string | undefined, config: ListConfig): { sort: ListSort; problem?: ListQueryProblem } {
  if (!text) return { sort: config.defaultSort };
  const desc = text.startsWith('-');
  const id = desc ? text.slice(1) : text;
  if (!config.sorts.includes(id)) return { sort: config.defaultSort, problem: { kind: 'sort', id, allowed: config.sorts.join(', ') } };
  return { sort: { id, desc } };
}

/**
 * The address bar's parameters as a list query, and the first problem with them, which the page
 * and the CSV export word in the reader's language (listNoticeTexts); the list then shows its
 * defaults for that part, so a bad link still opens a usable page.
 */
export function parseListQuery(params: Params, config: ListConfig): { query: ListQuery; problem: ListQueryProblem | null } {
  const problems: ListQueryProblem[] = [];
  const { sort, problem: sortProblem } = parseSort(single(params, 'sort')?.trim(), config);
  if (sortProblem) problems.push(sortProblem);

  const filters: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(config.filters ?? {})) {
    const value = single(params, name)?.trim();
    if (!value) continue;
    if (allowed.includes(value)) filters[name] = value;
    else problems.push({ kind: 'filter', name, allowed: allowed.join(', ') });
  }

  const after = single(params, 'after')?.trim() || null;
  const before = after ? null : single(params, 'before')?.trim() || null;
  const size = clampedInteger(single(params, 'size'), DEFAULT_LIST_PAGE_SIZE, LIST_PAGE_SIZES[0], LIST_PAGE_SIZES[LIST_PAGE_SIZES.length - 1]);
  const query: ListQuery = {
    q: (single(params, 'q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH),
    sort,
    after,
    before,
    // Without a cursor this is the first page, whatever the link said.
    page: after || before ? clampedInteger(single(params, 'page'), 1, 1, MAX_PAGE) : 1,
    size,
    filters,
  };
  return { query, problem: problems[0] ?? null };
}

/** `sort` as written in the address bar. */
export function formatListSort(sort: ListSort): string {
  return `${sort.desc ? '-' : ''}${sort.id}`;
}

/**
 * The query string of the same list with some parameters changed (null removes one). Changing
 * anything but the page goes back to the first page: a cursor belongs to one order and filter.
 */
export function listHref(current: URLSearchParams | string, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(current);
  const paging = Object.keys(changes).some((key) => key === 'after' || key === 'before');
  if (!paging) {
    params.delete('after');
    params.delete('before');
    params.delete('page');
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A list's query with its defaults and some parts set (for reads outside a page: exports, tests). */
export function defaultListQuery(config: ListConfig, changes: Partial<ListQuery> = {}): ListQuery {
  return { ...parseListQuery({}, config).query, ...changes };
}
