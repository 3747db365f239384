import { administration } from './administration.js';
import { aeldrepleje } from './aeldrepleje.js';
import { dagtilbud } from './dagtilbud.js';
import { handicap } from './handicap.js';
import { hr } from './hr.js';
import { jobcenter } from './jobcenter.js';
import { skole } from './skole.js';
import { sundhed } from './sundhed.js';
import type { CorpusGoal } from './types.js';

export type { CorpusGoal } from './types.js';

/** Step S as Danish municipal leader groups write it, area by area; half vague, half well formed. */
export const S_CORPUS: Record<string, CorpusGoal[]> = {
  ældrepleje: aeldrepleje,
  dagtilbud,
  skole,
  jobcenter,
  'HR og sygefravær': hr,
  administration,
  sundhed,
  handicap,
};
