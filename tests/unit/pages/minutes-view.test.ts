import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/content-loader.js';
import type { GroupBoard } from '../../../src/meetings/group-board.js';
import type { RecordedItem } from '../../../src/meetings/minutes-record.js';
import { parseCanonical } from '../../../src/periods/period.js';
import { themeJourney } from '../../../src/pages/meetings/bank-view.js';
import { newerFigures } from '../../../src/pages/meetings/minutes-view.js';
import { configFromEnv } from '../../../src/config.js';

const indicator = { id: 1, groupId: 1, code: null, name: 'Sygefravær', definition: '', whyItMatters: '', unit: '%', decimals: 1, direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '', archived: false } as const;
const observation = (period: string, value: number) => ({ period: parseCanonical(period), value, comment: null, importId: null, updatedAt: '2026-12-01T00:00:00Z' });
const board = (values: Array<[string, number]>) => ({ byId: new Map([[1, { indicator, observations: values.map(([p, v]) => observation(p, v)) }]]) }) as unknown as GroupBoard;
const item = (shown: Array<[string, number]>): RecordedItem => ({
  itemId: 5, number: 1, kind: 'indicator', title: 'Sygefravær', indicatorId: 1, goalId: null, reasons: [], goalLines: [], hasChart: true, questions: [], notes: '', decisions: [],
  shownValues: shown.map(([period, value]) => ({ period, value })),
});

describe('newer figures than the meeting saw', () => {
  const shown: Array<[string, number]> = [['2026K1', 7.7], ['2026K2', 7.5]];
  it.each([
    ['nothing new', [['2026K1', 7.7], ['2026K2', 7.5]], undefined],
    ['a correction', [['2026K1', 7.7], ['2026K2', 8.1]], ['2. kvt. 2026 er nu 8,1 % (mødet så 7,5 %)']],
    ['a new quarter', [['2026K1', 7.7], ['2026K2', 7.5], ['2026K3', 6.9]], ['nye tal for 3. kvt. 2026']],
    ['a deleted value', [['2026K2', 7.5]], ['1. kvt. 2026 er slettet siden mødet']],
  ] as const)('%s', (_name, now, lines) => {
    expect(newerFigures(item(shown), board(now as unknown as Array<[string, number]>))).toEqual(lines);
  });

  it('says nothing about an item without an indicator, or an indicator no longer on the board', () => {
    expect(newerFigures({ ...item(shown), indicatorId: null }, board([]))).toBeUndefined();
    expect(newerFigures({ ...item(shown), indicatorId: 2 }, board([]))).toBeUndefined();
  });
});

describe('en kasse ad gangen', () => {
  it('suggests the first box never taken up, in the seed order, and then the one taken up longest ago', async () => {
    const content = await loadContent(configFromEnv({ NODE_ENV: 'test' }).contentDir);
    const href = (id: number) => `/m/${id}`;
    expect(themeJourney(content, [], href).next?.id).toBe('profession');
    const taken = [
      { bankEntryId: 'profession', meetingId: 1, meetingTitle: 'Januar', date: '2026-01-10' },
      { bankEntryId: 'sticc', meetingId: 2, meetingTitle: 'Marts', date: '2026-03-10' }, // a method of "Vi skaber mening"
    ];
    const journey = themeJourney(content, taken, href);
    expect(journey.next?.id).toBe('together');
    expect(journey.rows.find((r) => r.id === 'meaning')?.taken).toEqual([{ href: '/m/2', title: 'Marts', dateText: '10. marts 2026', what: 'STICC-modellen – en metode i tråd med Tønder Kommunes leveregler' }]);
    const all = content.bank.themes.map((t, i) => ({ bankEntryId: t.id, meetingId: i + 10, meetingTitle: t.id, date: `2026-0${i + 4}-01` }));
    expect(themeJourney(content, [...taken, ...all], href).next?.id).toBe('profession');
  });
});
