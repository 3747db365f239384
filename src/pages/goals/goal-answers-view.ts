import type { Indicator } from '../../indicators/indicator.js';
import { comparePeriods, displayPeriod } from '../../periods/period.js';
import { formatNumber } from '../../numbers/danish-number.js';
import { formatValue } from '../../numbers/value-format.js';
import { TARGET_GROUP_LABELS, type Goal, type TargetGroup } from '../../goals/goal.js';
import { resourceText } from '../../goals/rules/resources.js';
import type { GroupMemberRef } from '../../goals/rules/types.js';
import { acceptanceList } from './goal-figures-view.js';

/** The goal's own answers, criterion by criterion, as the goal page shows them. */

const messages = {
  notWritten: 'Ikke skrevet endnu',
  byIndicator: (name: string) => `Indikatoren „${name}“`,
  inactive: (name: string) => `${name} (ikke længere aktiv)`,
  unknownMember: 'En person, der ikke længere er med i gruppen',
};

/** "Medarbejdere", or the group's own words for "Andre". */
export function groupLabel(group: TargetGroup | null): string | undefined {
  if (!group) return undefined;
  if (group.key === 'other') return group.name?.trim() || undefined;
  return TARGET_GROUP_LABELS[group.key];
}

function driverName(goal: Goal, members: readonly GroupMemberRef[]): string | undefined {
  if (goal.driverUserId === null) return undefined;
  const member = members.find((m) => m.userId === goal.driverUserId);
  if (!member) return messages.unknownMember;
  return member.active ? member.name : messages.inactive(member.name);
}

function milestoneValue(indicator: Indicator | undefined, value: number): string {
  return indicator ? formatValue(indicator, value) : formatNumber(value, Number.isInteger(value) ? 0 : 2);
}

export function goalAnswers(goal: Goal, indicator: Indicator | undefined, members: readonly GroupMemberRef[]) {
  const text = (value: string) => value.trim() || undefined;
  return {
    notWritten: messages.notWritten,
    targetGroup: groupLabel(goal.targetGroup),
    whatChanges: text(goal.whatChanges),
    evidence: text(goal.evidence) ?? (indicator && goal.indicatorId !== null ? messages.byIndicator(indicator.name) : undefined),
    responsible: text(goal.responsible),
    acceptances: acceptanceList(goal),
    resources: goal.resources.map(resourceText),
    realismReasoning: text(goal.realismReasoning),
    noiseReason: text(goal.noiseReason),
    milestones: [...goal.milestones]
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((m) => ({ period: displayPeriod(m.period), value: milestoneValue(indicator, m.value) })),
    beneficiary: groupLabel(goal.beneficiary),
    whyItMatters: text(goal.whyItMatters),
    driver: driverName(goal, members),
    drivenBy: text(goal.drivenBy),
  };
}
