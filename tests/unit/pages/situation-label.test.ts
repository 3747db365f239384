import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/content-loader.js';
import { configFromEnv } from '../../../src/config.js';
import { situationLabel } from '../../../src/pages/meetings/meeting-view.js';
import { decideSituation, type SituationInput } from '../../../src/situations/situation.js';
import { parseCanonical } from '../../../src/periods/period.js';

const content = await loadContent(configFromEnv({ NODE_ENV: 'test' }).contentDir);
const waitingDays = { name: 'Sagsbehandlingstid', unit: 'dage', decimals: 0, direction: 'down' as const };
const quarters = (values: number[]) => values.map((value, i) => ({ period: parseCanonical(`${2021 + Math.floor(i / 4)}K${(i % 4) + 1}`), value }));
// Twelve quarters falling steadily: a signal that the figures go the right way.
const falling = quarters([21, 20, 21, 19, 18, 17, 17, 16, 15, 15, 14, 14, 13, 13]);

describe('the situation badge names what decided it', () => {
  it.each<[string, SituationInput, string]>([
    ['a goal behind its path, while the figures improve', { indicator: waitingDays, observations: falling, goals: [{ title: 'Kortere ventetid', status: 'bagud' }] }, 'Bagud i forhold til målet'],
    ['a value outside its limits', { indicator: { ...waitingDays, direction: 'range', rangeMin: 10, rangeMax: 12 }, observations: falling }, 'Uden for grænserne'],
    ['a rise beyond the normal variation', { indicator: waitingDays, observations: quarters([14, 15, 14, 15, 14, 15, 14, 15, 14, 15, 14, 24]) }, 'Går den forkerte vej'],
    ['figures that improve, with no goal', { indicator: waitingDays, observations: falling }, 'Går den rigtige vej'],
  ])('%s: „%s“', (_case, input, label) => {
    expect(situationLabel(content, decideSituation(input))).toBe(label);
  });
});
