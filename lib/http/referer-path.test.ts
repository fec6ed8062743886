import { describe, expect, test } from 'vitest';
import { refererPath } from './referer-path';

describe('the page a form was sent from', () => {
  test.each([
    ['https://shop.example/dashboard/invoices?status=open', '/dashboard/invoices?status=open'],
    ['https://shop.example/', '/'],
    ['https://elsewhere.example/steal?x=1', '/steal?x=1'],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s gives %s', (referer, path) => {
    expect(refererPath(referer)).toBe(path);
  });
});
