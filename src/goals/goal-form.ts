import type { Indicator } from '../indicators/indicator.js';
import { parseDanishNumber } from '../numbers/danish-number.js';
import { type Period } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import type { FieldError } from '../shared/errors.js';
import { cprFieldErrors } from '../shared/cpr.js';
import { GOAL_STATUSES, TARGET_GROUP_KEYS, type GoalDraft, type GoalStatus, type TargetGroup, type TargetGroupKey } from './goal.js';
import {
  parseAcceptances,
  parseMilestones,
  parseResources,
  type AcceptanceRow,
  type Fail,
  type MilestoneRow,
  type ResourceRow,
} from './goal-form-rows.js';

export {
  acceptanceField,
  isRowField,
  MAX_ACCEPTANCE_ROWS,
  MAX_ROWS,
  milestoneField,
  resourceField,
  type AcceptancePart,
  type AcceptanceRow,
  type MilestonePart,
  type MilestoneRow,
  type ResourcePart,
  type ResourceRow,
} from './goal-form-rows.js';

export interface GoalFormResult {
  draft: GoalDraft;
  errors: FieldError[];
  acceptanceRows: AcceptanceRow[];
  resourceRows: ResourceRow[];
  milestoneRows: MilestoneRow[];
}

const TEXT_LIMITS = {
  title: { max: 150, label: 'Titlen' },
  description: { max: 2000, label: 'Beskrivelsen' },
  targetGroupName: { max: 150, label: 'Målgruppen' },
  whatChanges: { max: 2000, label: 'Det, der skal ændre sig,' },
  evidence: { max: 1000, label: 'Det, der viser ændringen,' },
  responsible: { max: 300, label: 'Den ansvarlige' },
  realismReasoning: { max: 2000, label: 'Begrundelsen' },
  noiseReason: { max: 2000, label: 'Begrundelsen for en lille ændring' },
  beneficiaryName: { max: 150, label: 'Hvem der får gavn af målet,' },
  whyItMatters: { max: 2000, label: 'Hvorfor-teksten' },
  drivenBy: { max: 300, label: 'Hvem der ellers driver arbejdet,' },
} as const;

export const formMessages = {
  tooLong: (label: string, max: number, length: number) => `${label} må højst være ${max} tegn – nu er der ${length}.`,
  indicatorInvalid: 'Vælg en indikator fra listen.',
  statusInvalid: 'Vælg en status: kladde, aktiv, nået, ikke nået eller opgivet.',
  targetGroupInvalid: 'Vælg en målgruppe fra listen, eller vælg „Andre“ og skriv selv gruppen.',
  beneficiaryInvalid: 'Vælg fra listen, hvem der får gavn af målet, eller vælg „Andre“ og skriv det selv.',
  driverInvalid: 'Vælg en person fra listen over gruppens medlemmer.',
};

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

function optionalNumber(raw: Record<string, unknown>, field: string, fail: Fail): number | null {
  const input = text(raw, field);
  if (!input) return null;
  const parsed = parseDanishNumber(input);
  if (parsed.ok) return parsed.value;
  fail(field, parsed.message);
  return null;
}

function optionalPeriod(raw: Record<string, unknown>, field: string, indicator: Indicator | undefined, fail: Fail): Period | null {
  const input = text(raw, field);
  if (!input) return null;
  const parsed = parsePeriod(input, indicator?.frequency);
  if (parsed.ok) return parsed.period;
  fail(field, parsed.message);
  return null;
}

function optionalId(raw: Record<string, unknown>, field: string, message: string, fail: Fail): number | null {
  const input = text(raw, field);
  if (/^[1-9]\d{0,9}$/.test(input)) return Number(input);
  if (input) fail(field, message);
  return null;
}

/** A group chosen from the list (`field`), with its own words in `nameField` when it is 'other'. */
function group(raw: Record<string, unknown>, field: string, name: string, message: string, fail: Fail): TargetGroup | null {
  const key = text(raw, field);
  if (!key) return null;
  if (!isOneOf<TargetGroupKey>(TARGET_GROUP_KEYS, key)) {
    fail(field, message);
    return null;
  }
  return key === 'other' ? { key, name } : { key };
}

/**
 * Turns the posted goal form into a draft. Only input that cannot be read is an error here
 * (a number, period or date that does not parse, an unknown choice, text over the limit);
 * whether the goal is good enough is the SMARTE check's job, so empty fields become
 * '', null or [] and never errors. Field names in errors equal the form's input names.
 */
export function parseGoalForm(raw: Record<string, unknown>, indicator: Indicator | undefined): GoalFormResult {
  const errors: FieldError[] = [];
  const fail: Fail = (field, message) => {
    errors.push({ field, message });
  };

  const limited = (field: keyof typeof TEXT_LIMITS): string => {
    const value = text(raw, field);
    const { max, label } = TEXT_LIMITS[field];
    if (value.length > max) fail(field, formMessages.tooLong(label, max, value.length));
    else errors.push(...cprFieldErrors({ [field]: value }));
    return value;
  };
  // Fields are read in the wizard's order, so the error summary reads top to bottom.
  const title = limited('title');
  const description = limited('description');
  const targetGroup = group(raw, 'targetGroup', limited('targetGroupName'), formMessages.targetGroupInvalid, fail);
  const whatChanges = limited('whatChanges');
  const evidence = limited('evidence');
  const responsible = limited('responsible');

  const indicatorId = optionalId(raw, 'indicatorId', formMessages.indicatorInvalid, fail);
  const baselineValue = optionalNumber(raw, 'baselineValue', fail);
  const baselinePeriod = optionalPeriod(raw, 'baselinePeriod', indicator, fail);
  const sourceText = text(raw, 'baselineSource');
  const baselineSource = sourceText === 'data' || sourceText === 'manual' ? sourceText : undefined;
  const targetValue = optionalNumber(raw, 'targetValue', fail);

  const acceptances = parseAcceptances(raw, fail);
  const resources = parseResources(raw, fail);
  const realismReasoning = limited('realismReasoning');
  const noiseReason = limited('noiseReason');

  const deadline = optionalPeriod(raw, 'deadline', indicator, fail);
  const milestones = parseMilestones(raw, indicator, fail);

  const beneficiary = group(raw, 'beneficiary', limited('beneficiaryName'), formMessages.beneficiaryInvalid, fail);
  const whyItMatters = limited('whyItMatters');
  const driverUserId = optionalId(raw, 'driverUserId', formMessages.driverInvalid, fail);
  const drivenBy = limited('drivenBy');

  const statusText = text(raw, 'status');
  let status: GoalStatus = 'draft';
  if (isOneOf<GoalStatus>(GOAL_STATUSES, statusText)) status = statusText;
  else if (statusText) fail('status', formMessages.statusInvalid);

  return {
    draft: {
      title,
      description,
      targetGroup,
      whatChanges,
      evidence,
      indicatorId,
      baselineValue,
      baselinePeriod,
      ...(baselineSource ? { baselineSource } : {}),
      targetValue,
      deadline,
      milestones: milestones.milestones,
      responsible,
      acceptances: acceptances.acceptances,
      resources: resources.resources,
      realismReasoning,
      noiseReason,
      beneficiary,
      whyItMatters,
      driverUserId,
      drivenBy,
      status,
    },
    errors,
    acceptanceRows: acceptances.rows,
    resourceRows: resources.rows,
    milestoneRows: milestones.rows,
  };
}
