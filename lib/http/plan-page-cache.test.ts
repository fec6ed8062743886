import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';
import { inlineScriptHashes, keptPlanPage, renderRequestHeaders, renderRequestLocale, RENDER_HEADER, type KeptPage } from './plan-page-cache';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (html: string): KeptPage => ({ html: new TextEncoder().encode(html), headers: [], scriptHashes: [] });
const textOf = (kept: KeptPage | null) => (kept ? new TextDecoder().decode(kept.html) : null);

describe('the hashes of a kept page’s inline scripts', () => {
  test('each inline script by the SHA-256 of its text as sent; script files and duplicates left out', () => {
    const first = '(self.__next_f=self.__next_f||[]).push([0])';
    const second = 'self.__next_f.push([1,"1:\\u003c/script\\u003e é"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>x</p>
      <script>${first}</script><script id="_R_">${second}</script><SCRIPT>${first}</SCRIPT><scripts>no</scripts></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second)]);
  });

  test('a page without inline scripts has none', () => {
    expect(inlineScriptHashes('<html><body><script src="/a.js"></script></body></html>')).toEqual([]);
  });
});

describe('a kept plan page', () => {
  test('concurrent visitors wait for one render; later ones get the kept page', async () => {
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    const [a, b] = await Promise.all([keptPlanPage('test:concurrent', render), keptPlanPage('test:concurrent', render)]);
    expect(textOf(await keptPlanPage('test:concurrent', render))).toBe('render 1');
    expect([textOf(a), textOf(b), renders]).toEqual(['render 1', 'render 1', 1]);
  });

  test('a save of the catalog or the price display forgets it at once', async () => {
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    expect(textOf(await keptPlanPage('test:saved', render))).toBe('render 1');
    forgetStorefrontReads();
    expect(textOf(await keptPlanPage('test:saved', render))).toBe('render 2');
  });

  test('it is rendered again once it is 5 seconds old', async () => {
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    const at = Date.now();
    expect(textOf(await keptPlanPage('test:aging', render, at))).toBe('render 1');
    expect(textOf(await keptPlanPage('test:aging', render, at + 4_999))).toBe('render 1');
    expect(textOf(await keptPlanPage('test:aging', render, at + 5_000))).toBe('render 2');
  });

  test('no page and a failed render are not kept: the next visitor asks again', async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      if (renders === 1) return null;
      if (renders === 2) throw new Error('connection refused');
      return page('found');
    };
    expect(await keptPlanPage('test:none', render)).toBeNull();
    expect(await keptPlanPage('test:none', render)).toBeNull();
    expect(textOf(await keptPlanPage('test:none', render))).toBe('found');
  });
});

describe('the render request of this process', () => {
  test('is known by its secret, and says the language', () => {
    expect(renderRequestLocale(renderRequestHeaders('nb')[RENDER_HEADER]!)).toBe('nb');
  });

  test.each([null, '', 'nb', 'guessed-secret nb', `${renderRequestHeaders('nb')[RENDER_HEADER]!.split(' ')[0]}x nb`])(
    'any other header value (%s) is a visitor’s request',
    (value) => {
      expect(renderRequestLocale(value)).toBeNull();
    },
  );
});
