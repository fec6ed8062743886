import { describe, expect, it } from 'vitest';
import { indexElementLines, type XmlPath } from './xml-element-lines';

const xml = [
  '<?xml version="1.0"?>',
  '<a:Doc xmlns:a="urn:x">',
  '  <!-- <Item>not an element</Item> -->',
  '  <Item note="x > y">',
  '    <Amt Ccy="EUR">1</Amt>',
  '  </Item>',
  '  <Other/>',
  '  <Item><![CDATA[<Item>]]>',
  '    <Deep><Amt>2</Amt></Deep>',
  '  </Item>',
  '</a:Doc>',
].join('\n');

describe('indexElementLines', () => {
  const lineOf = indexElementLines(xml);

  it.each<[XmlPath, number]>([
    [[['Doc', 0]], 2],
    [
      [
        ['Doc', 0],
        ['Item', 0],
      ],
      4,
    ],
    [
      [
        ['Doc', 0],
        ['Item', 0],
        ['Amt', 0],
      ],
      5,
    ],
    [
      [
        ['Doc', 0],
        ['Other', 0],
      ],
      7,
    ],
    [
      [
        ['Doc', 0],
        ['Item', 1],
      ],
      8,
    ],
    [
      [
        ['Doc', 0],
        ['Item', 1],
        ['Deep', 0],
        ['Amt', 0],
      ],
      9,
    ],
    // Missing elements fall back to their nearest existing ancestor.
    [
      [
        ['Doc', 0],
        ['Item', 1],
        ['Amt', 0],
      ],
      8,
    ],
    [
      [
        ['Doc', 0],
        ['Item', 2],
        ['Amt', 0],
      ],
      2,
    ],
    [[['Nothing', 0]], 1],
  ])('%j is on line %d', (target, line) => {
    expect(lineOf(target)).toBe(line);
  });
});
