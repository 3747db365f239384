import { describe, expect, it, vi } from 'vitest';
import { ChartCache } from '../../../src/charts/chart-cache.js';
import { indicatorLegendItems } from '../../../src/charts/indicator-chart.js';
import { parseCanonical } from '../../../src/periods/period.js';

describe('ChartCache', () => {
  it('renders once per key', () => {
    const cache = new ChartCache(10);
    const render = vi.fn(() => '<figure></figure>');
    expect(cache.getOrRender('7:3:1', render)).toBe('<figure></figure>');
    expect(cache.getOrRender('7:3:1', render)).toBe('<figure></figure>');
    expect(render).toHaveBeenCalledTimes(1);
    cache.getOrRender('7:4:1', render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('drops the least recently used entry when full', () => {
    const cache = new ChartCache(3);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    expect(cache.get('a')).toBe('A');
    cache.set('d', 'D');
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.get('d')).toBe('D');
  });

  it('replaces a value set again under the same key without growing', () => {
    const cache = new ChartCache(2);
    cache.set('a', 'old');
    cache.set('a', 'new');
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe('new');
  });

  it('stays within its bound under many keys', () => {
    const cache = new ChartCache();
    for (let i = 0; i < 2000; i++) cache.set(`k${i}`, String(i));
    expect(cache.size).toBe(500);
    expect(cache.get('k1999')).toBe('1999');
    expect(cache.get('k1499')).toBeUndefined();
  });

  it('keeps charts within a total size, forgetting the least recently used first', () => {
    const cache = new ChartCache(100, 25);
    cache.set('a', 'x'.repeat(10));
    cache.set('b', 'x'.repeat(10));
    cache.get('a');
    cache.set('c', 'x'.repeat(10));
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true]);
    // Replacing a chart counts its new size only.
    cache.set('a', 'x'.repeat(5));
    cache.set('d', 'x'.repeat(10));
    expect(cache.size).toBe(3);
    const bytes = new ChartCache<Buffer>(100, 8);
    bytes.set('a', Buffer.alloc(5));
    bytes.set('b', Buffer.alloc(5));
    expect(bytes.get('a')).toBeUndefined();
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => new ChartCache(0)).toThrow(RangeError);
  });
});

describe('the legends a dashboard shows for its charts', () => {
  const indicator = { id: 71, groupId: 1, code: null, name: 'Ventetid', definition: '', whyItMatters: '', unit: 'dage', decimals: 0, direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '', archived: false } as const;
  const observations = ['2025K1', '2025K2', '2025K3', '2025K4', '2026K1', '2026K2'].map((p, i) => ({ indicatorId: 71, period: parseCanonical(p), value: 20 - i, comment: null, importId: null, updatedAt: '' }));

  it('follow the data: a legend kept for the same chart gains the intervention once one is added', () => {
    const plain = indicatorLegendItems({ indicator, observations }, 'small').map((i) => i.key);
    expect(plain).not.toContain('intervention');
    expect(indicatorLegendItems({ indicator, observations }, 'small').map((i) => i.key)).toEqual(plain);
    const actions = [{ id: 1, whatAndWhy: 'Fast team om nye sager', startPeriod: parseCanonical('2025K4'), status: 'open', interventionKind: 'process' }];
    expect(indicatorLegendItems({ indicator, observations, actions }, 'small').map((i) => i.key)).toContain('intervention');
  });
});
