import { describe, expect, it } from 'vitest';
import { dateTime } from '../../../src/web/helpers/date-time.js';
import { eq } from '../../../src/web/helpers/eq.js';
import { or } from '../../../src/web/helpers/or.js';
import { count, noun } from '../../../src/web/helpers/count.js';

const handlebarsOptions = { hash: {} };

describe('eq helper', () => {
  it.each([
    [1, '1', true],
    ['editor', 'editor', true],
    ['editor', 'reader', false],
    [undefined, '', false],
  ])('eq(%j, %j) is %j', (a, b, want) => expect(eq(a, b)).toBe(want));
});

describe('or helper', () => {
  it('is true when any argument before the Handlebars options is truthy', () => {
    expect(or('', 'fejl', handlebarsOptions)).toBe(true);
    expect(or('', undefined, handlebarsOptions)).toBe(false);
  });
});

describe('dateTime helper', () => {
  it('shows a stored UTC time as Danish local time', () => {
    expect(dateTime('2026-11-27T14:04:00.000Z')).toBe('27. november 2026 kl. 15.04');
    expect(dateTime('2026-07-01T10:00:00.000Z')).toBe('1. juli 2026 kl. 12.00');
  });

  it('shows nothing for a missing or broken value', () => {
    expect(dateTime(undefined)).toBe('');
    expect(dateTime('i går')).toBe('');
  });
});

describe('concat helper', () => {
  it('joins its arguments and leaves out the Handlebars options and missing parts', async () => {
    const { concat } = await import('../../../src/web/helpers/concat.js');
    expect(concat('/grupper/1', '/handlinger', handlebarsOptions)).toBe('/grupper/1/handlinger');
    expect(concat(undefined, 'a', null, handlebarsOptions)).toBe('a');
  });
});

describe('count helper', () => {
  it.each([
    [0, '0 rækker med fejl'],
    [1, '1 række med fejl'],
    [2, '2 rækker med fejl'],
    [1204, '1.204 rækker med fejl'],
  ])('%j', (n, want) => expect(count(n, 'række med fejl', 'rækker med fejl')).toBe(want));
});

describe('noun helper', () => {
  it('gives only the noun, in the number the count asks for', () => {
    expect(noun(1, 'ny værdi', 'nye værdier')).toBe('ny værdi');
    expect(noun(0, 'ny værdi', 'nye værdier')).toBe('nye værdier');
  });
});
