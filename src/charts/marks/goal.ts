import { STYLE } from '../chart-style.js';
import { baselineLabel, goalLabel } from '../labels.js';
import type { LaneItem } from '../lanes.js';
import { px, symbol, verticalRule, type Frame, type Layers } from './frame.js';

/** The glide path from baseline to target, the deadline, the baseline as a square and the target as a star. */
export function goalSvg(f: Frame): Layers {
  const { goal, format } = f.spec;
  if (!goal) return { back: '', front: '' };
  const style = STYLE.goal;
  const bx = f.xPx(f.series.xOf(goal.baselinePeriod));
  const by = f.yPx(goal.baselineValue);
  const tx = f.xPx(f.series.xOf(goal.targetPeriod));
  const ty = f.yPx(goal.targetValue);
  const target = goalLabel(goal, format);
  const back =
    verticalRule(f, tx, `stroke="${style.stroke}" stroke-width="1.5" stroke-dasharray="${style.deadlineDash}"`, target) +
    `<line x1="${px(bx)}" y1="${px(by)}" x2="${px(tx)}" y2="${px(ty)}" stroke="${style.stroke}" stroke-width="${style.width}" stroke-dasharray="${style.dash}"/>`;
  const front =
    symbol('square', bx, by, `fill="white" stroke="${style.stroke}" stroke-width="2"`, 1.2, baselineLabel(goal, format)) +
    symbol('star', tx, ty, `fill="${style.stroke}" stroke="white" stroke-width="1"`, f.small ? 0.8 : 1.05, target);
  return { back, front };
}

/** "Mål: 5,5 % i 4. kvt. 2026" above the deadline: the label placed first. */
export function goalLabels(f: Frame): LaneItem[] {
  const { goal, format } = f.spec;
  if (!goal) return [];
  return [{ key: 'goal', x: f.xPx(f.series.xOf(goal.targetPeriod)), text: goalLabel(goal, format), priority: 0 }];
}
