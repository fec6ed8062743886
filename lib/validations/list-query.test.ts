import { describe, expect, test } from 'vitest';
import { listHref, parseListQuery, type ListConfig } from './list-query';

const CONFIG: ListConfig = { sorts: ['startedAt', 'endsAt'], defaultSort: { id: 'startedAt', desc: true }, filters: { status: ['active', 'paused'] } };

describe('parseListQuery', () => {
  test('reads search, sort, filters and the cursor', () => {
    const { query, problem } = parseListQuery({ q: '  anna ', sort: 'endsAt', status: 'paused', after: 'abc', page: '3', size: '50' }, CONFIG);
    expect(problem).toBeNull();
    expect(query).toEqual({ q: 'anna', sort: { id: 'endsAt', desc: false }, after: 'abc', before: null, page: 3, size: 50, filters: { status: 'paused' } });
  });

  test('refuses a sort on an unknown column, saying which columns it sorts by, and shows the default order', () => {
    const { query, problem } = parseListQuery({ sort: '-password' }, CONFIG);
    expect(problem).toEqual({ kind: 'sort', id: 'password', allowed: 'startedAt, endsAt' });
    expect(query.sort).toEqual({ id: 'startedAt', desc: true });
  });

  test('refuses a filter value it does not know', () => {
    const { query, problem } = parseListQuery({ status: "active' or 1=1" }, CONFIG);
    expect(problem).toEqual({ kind: 'filter', name: 'status', allowed: 'active, paused' });
    expect(query.filters).toEqual({});
  });

  test.each([
    ['-1', 1],
    ['1000000000', 1_000_000],
    ['two', 1],
  ])('clamps the page number %s to %i', (page, expected) => {
    expect(parseListQuery({ page, after: 'x' }, CONFIG).query.page).toBe(expected);
  });

  test('a page number without a cursor is the first page; sizes are clamped to 10–100', () => {
    expect(parseListQuery({ page: '7' }, CONFIG).query.page).toBe(1);
    expect(parseListQuery({ size: '100000' }, CONFIG).query.size).toBe(100);
    expect(parseListQuery({ size: '0' }, CONFIG).query.size).toBe(10);
  });

  test('cuts a very long search', () => {
    expect(parseListQuery({ q: 'x'.repeat(500) }, CONFIG).query.q).toHaveLength(100);
  });
});

describe('listHref', () => {
  test('a new search or order drops the cursor and page; paging keeps the rest', () => {
    expect(listHref('q=a&after=c&page=2&status=active', { q: 'b' })).toBe('?q=b&status=active');
    expect(listHref('q=a&status=active', { after: 'c', page: '2' })).toBe('?q=a&status=active&after=c&page=2');
    expect(listHref('q=a', { q: null })).toBe('');
  });
});
