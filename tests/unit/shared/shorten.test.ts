import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/shared/shorten.js';

describe('shorten', () => {
  it.each([
    ['a short text stays whole', 'Faste makkerpar', 20, 'Faste makkerpar'],
    ['a long text ends after a whole word', 'Digital ansøgning om hjemmehjælp, så sagerne er oplyst fra start', 60, 'Digital ansøgning om hjemmehjælp, så sagerne er oplyst fra…'],
    ['a comma before the cut goes', 'Faste makkerpar i nattevagten, fordi fraværet er højest dér', 32, 'Faste makkerpar i nattevagten…'],
    ['one very long word is cut inside it', 'Sygefraværsopfølgningssamtaleskabelon', 12, 'Sygefraværs…'],
    ['runs of spaces count as one', 'Ny   visitationsproces\nindført', 40, 'Ny visitationsproces indført'],
  ])('%s', (_case, text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
});
