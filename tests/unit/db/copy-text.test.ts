import { describe, expect, it } from 'vitest';
import { copyText } from '../../../src/db/postgres.js';

describe('a value written as COPY text for PostgreSQL', () => {
  it.each([
    [12.7, '12.7'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [-0, '0'],
    [1e21, '1e+21'],
    [5e-324, '5e-324'],
    [-1234567.891, '-1234567.891'],
    [42, '42'],
  ])('keeps every digit of the number %s, as %s', (value, text) => {
    expect(copyText(value)).toBe(text);
    expect(Number(copyText(value))).toBe(value === 0 ? 0 : value);
  });

  it('writes a missing value as \\N and escapes backslashes, tabs and line breaks in a text', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });
});
