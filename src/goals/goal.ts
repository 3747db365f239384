import type { Period } from '../periods/period.js';

export type GoalStatus = 'draft' | 'active' | 'reached' | 'not-reached' | 'abandoned';

export type AcceptingParty =
  | 'employees'
  | 'med-committee'
  | 'citizens'
  | 'executive'
  | 'committee'
  | 'partners'
  | 'leader-group'
  | 'other';

/** Who accepted the goal, in which forum or dialogue ("MED-udvalget godkendte målet") and on which day. */
export interface Acceptance {
  party: AcceptingParty;
  /** Only meaningful for party 'other'; the other parties are named by their label. */
  otherName?: string;
  how: string;
  /** An ISO date ('2026-03-12') when the form could read one; otherwise the text as typed, which the A check rejects. */
  when: string;
}

/** The people a goal is for, or who benefit from it: chosen from the list, or written ('other'). */
export type TargetGroupKey =
  | 'citizens'
  | 'elderly'
  | 'home-care'
  | 'nursing-home'
  | 'children-families'
  | 'daycare-children'
  | 'pupils'
  | 'young'
  | 'unemployed'
  | 'sick-listed'
  | 'disabilities'
  | 'mental-health'
  | 'relatives'
  | 'employees'
  | 'leaders'
  | 'businesses'
  | 'other';

export interface TargetGroup {
  key: TargetGroupKey;
  /** Only meaningful for 'other': the group in the leader group's own words. */
  name?: string;
}

/** What a row of resources is counted in; 'skills' and 'other' are described rather than counted. */
export type ResourceKind = 'hours' | 'people' | 'money' | 'skills' | 'other';

export interface Resource {
  kind: ResourceKind;
  /** How much, in the kind's unit (timer, personer, kroner); null when the row is described instead. */
  amount: number | null;
  description: string;
}

/** A value the indicator should have reached by a period between the baseline and the deadline. */
export interface Milestone {
  period: Period;
  value: number;
}

export interface GoalDraft {
  title: string;
  description: string;
  /** S: who the goal is for. */
  targetGroup: TargetGroup | null;
  /** S: what is to be different for them. */
  whatChanges: string;
  /** S: the indicator or observable behaviour that shows the change; the goal's indicator counts when this is blank. */
  evidence: string;
  indicatorId: number | null;
  baselineValue: number | null;
  baselinePeriod: Period | null;
  /** 'manual' means the group typed a value of its own (e.g. a yearly average), so it need not match one period's data. */
  baselineSource?: 'data' | 'manual';
  targetValue: number | null;
  deadline: Period | null;
  milestones: Milestone[];
  responsible: string;
  acceptances: Acceptance[];
  resources: Resource[];
  realismReasoning: string;
  /** R: why a change inside the indicator's ordinary swing still counts. */
  noiseReason: string;
  /** E: who benefits; `whyItMatters` says how. */
  beneficiary: TargetGroup | null;
  whyItMatters: string;
  /** E: the member of the leader group who drives the work. */
  driverUserId: number | null;
  /** E: who else takes part in driving it, in the group's own words. */
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

export const PARTY_LABELS: Record<AcceptingParty, string> = {
  employees: 'Medarbejdere',
  'med-committee': 'MED-udvalg',
  citizens: 'Borgere/pårørende',
  executive: 'Direktionen',
  committee: 'Politisk udvalg',
  partners: 'Samarbejdspartnere',
  'leader-group': 'Ledergruppen selv',
  other: 'Andre',
};

export const ACCEPTING_PARTIES = Object.keys(PARTY_LABELS) as readonly AcceptingParty[];

/** The party as it reads inside a sentence: "Skriv, hvornår det politiske udvalg accepterede målet." */
export function partyInSentence(acceptance: Pick<Acceptance, 'party' | 'otherName'>): string {
  switch (acceptance.party) {
    case 'employees':
      return 'medarbejderne';
    case 'med-committee':
      return 'MED-udvalget';
    case 'citizens':
      return 'borgerne/de pårørende';
    case 'executive':
      return 'direktionen';
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

/** The groups Danish municipal goals are usually for, in the order a leader group would look for them. */
export const TARGET_GROUP_LABELS: Record<TargetGroupKey, string> = {
  citizens: 'Borgere',
  elderly: 'Ældre borgere',
  'home-care': 'Borgere i hjemmeplejen',
  'nursing-home': 'Beboere på plejecentre',
  'children-families': 'Børn og familier',
  'daycare-children': 'Børn i dagtilbud',
  pupils: 'Elever',
  young: 'Unge',
  unemployed: 'Ledige',
  'sick-listed': 'Sygemeldte borgere',
  disabilities: 'Borgere med handicap',
  'mental-health': 'Borgere med psykiske vanskeligheder',
  relatives: 'Pårørende',
  employees: 'Medarbejdere',
  leaders: 'Ledere',
  businesses: 'Virksomheder',
  other: 'Andre (skriv hvem)',
};

export const TARGET_GROUP_KEYS = Object.keys(TARGET_GROUP_LABELS) as readonly TargetGroupKey[];

/** The group as it reads inside a sentence: "Målet gælder for ældre borgere." */
export function targetGroupInSentence(group: TargetGroup): string {
  if (group.key === 'other') return group.name?.trim() || 'den gruppe, I har skrevet';
  return TARGET_GROUP_LABELS[group.key].toLowerCase();
}

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  hours: 'Timer',
  people: 'Personer',
  money: 'Kroner',
  skills: 'Kompetencer',
  other: 'Andet',
};

export const RESOURCE_KINDS = Object.keys(RESOURCE_KIND_LABELS) as readonly ResourceKind[];

/** The unit written after an amount of the kind: "2 timer", "150.000 kr."; skills and other are counted as they are described. */
export const RESOURCE_UNITS: Record<ResourceKind, { one: string; many: string }> = {
  hours: { one: 'time', many: 'timer' },
  people: { one: 'person', many: 'personer' },
  money: { one: 'kr.', many: 'kr.' },
  skills: { one: '', many: '' },
  other: { one: '', many: '' },
};

/** A stored goal: the draft plus where it belongs and who made it when. */
export interface Goal extends GoalDraft {
  id: number;
  groupId: number;
  createdBy: number | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}
