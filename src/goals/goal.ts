import type { Period } from '../periods/period.js';

export type GoalStatus = 'draft' | 'active' | 'reached' | 'not-reached' | 'abandoned';

export type AcceptingParty = 'employees' | 'citizens' | 'committee' | 'partners' | 'leader-group' | 'other';

/** Who accepted the goal, how ("MED-udvalget godkendte målet") and when ("12. marts 2026"), in the group's own words. */
export interface Acceptance {
  party: AcceptingParty;
  /** Only meaningful for party 'other'; the other parties are named by their label. */
  otherName?: string;
  how: string;
  when: string;
}

export interface GoalDraft {
  title: string;
  description: string;
  indicatorId: number | null;
  baselineValue: number | null;
  baselinePeriod: Period | null;
  /** 'manual' means the group typed a value of its own (e.g. a yearly average), so it need not match one period's data. */
  baselineSource?: 'data' | 'manual';
  targetValue: number | null;
  deadline: Period | null;
  responsible: string;
  acceptances: Acceptance[];
  resources: string;
  realismReasoning: string;
  whyItMatters: string;
  drivenBy: string;
  status: GoalStatus;
}

export const GOAL_STATUSES: readonly GoalStatus[] = ['draft', 'active', 'reached', 'not-reached', 'abandoned'];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  draft: 'Kladde',
  active: 'Aktiv',
  reached: 'Nået',
  'not-reached': 'Ikke nået',
  abandoned: 'Opgivet',
};

export const ACCEPTING_PARTIES: readonly AcceptingParty[] = [
  'employees',
  'citizens',
  'committee',
  'partners',
  'leader-group',
  'other',
];

export const PARTY_LABELS: Record<AcceptingParty, string> = {
  employees: 'Medarbejdere',
  citizens: 'Borgere/brugere',
  committee: 'Politisk udvalg',
  partners: 'Samarbejdspartnere',
  'leader-group': 'Ledergruppen selv',
  other: 'Andre',
};

/** The party as it reads inside a sentence: "Skriv, hvornår det politiske udvalg accepterede målet." */
export function partyInSentence(acceptance: Pick<Acceptance, 'party' | 'otherName'>): string {
  switch (acceptance.party) {
    case 'employees':
      return 'medarbejderne';
    case 'citizens':
      return 'borgerne/brugerne';
    case 'committee':
      return 'det politiske udvalg';
    case 'partners':
      return 'samarbejdspartnerne';
    case 'leader-group':
      return 'ledergruppen';
    case 'other':
      return acceptance.otherName?.trim() || 'den anden part';
  }
}

/** A stored goal: the draft plus where it belongs and who made it when. */
export interface Goal extends GoalDraft {
  id: number;
  groupId: number;
  createdBy: number | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}
