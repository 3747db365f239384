import { describe, expect, it } from 'vitest';
import { localReturn } from '../../../src/web/return-to.js';

describe('localReturn', () => {
  it.each([
    ['/grupper/1/moeder/5/afvikling/2', '/grupper/1/moeder/5/afvikling/2'],
    ['/grupper/1/moeder/5', '/grupper/1/moeder/5'],
    ['/grupper/1/moeder/55', '/fallback'],
    ['/grupper/2/moeder/5', '/fallback'],
    ['//evil.example/grupper/1/moeder/5', '/fallback'],
    ['https://evil.example/', '/fallback'],
    ['/grupper/1/moeder/5/../../../admin', '/fallback'],
    [undefined, '/fallback'],
  ])('sends %j to %j when the area is meeting 5 of group 1', (value, want) => {
    expect(localReturn(value, '/grupper/1/moeder/5', '/fallback')).toBe(want);
  });
});
