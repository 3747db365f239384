import { STYLE } from '../chart-style.js';
import { markerTitle } from '../labels.js';
import { shorten } from '../../shared/shorten.js';
import type { LaneItem } from '../lanes.js';
import { symbol, verticalRule, type Frame, type Layers } from './frame.js';

/**
 * Decisions drawn where they take effect: a vertical rule and a symbol at the top of the plot, a
 * triangle for an action from a meeting and a diamond for an intervention. Several in one period are
 * stacked downwards instead of drawn on top of each other.
 */
export function markerSvg(f: Frame): Layers {
  const seen = new Map<number, number>();
  let back = '';
  let front = '';
  for (const marker of f.spec.markers) {
    const x = f.series.xOf(marker.period);
    const level = seen.get(x) ?? 0;
    seen.set(x, level + 1);
    const style = STYLE[marker.kind];
    const tooltip = markerTitle(marker);
    const at = f.xPx(x);
    back += verticalRule(f, at, `stroke="${style.stroke}" stroke-width="${style.width}" stroke-dasharray="${style.dash}"`, tooltip);
    front += symbol(style.symbol, at, f.top + 10 + level * 18, `fill="${style.stroke}" stroke="white" stroke-width="1.5"`, f.small ? 1 : 1.3, tooltip);
  }
  return { back, front };
}

/** Short labels for interventions, then actions, then comments on values. */
export function markerLabels(f: Frame): LaneItem[] {
  const chars = f.geometry.labelChars;
  if (chars <= 0) return [];
  const markers = f.spec.markers.map((m, i) => ({
    key: `${m.kind}-${i}`,
    x: f.xPx(f.series.xOf(m.period)),
    text: shorten(m.label, chars),
    priority: m.kind === 'intervention' ? 1 : 2,
  }));
  const comments = f.series.points
    .filter((p) => p.comment && p.value !== undefined)
    .map((p) => ({ key: `comment-${p.x}`, x: f.xPx(p.x), text: shorten(p.comment ?? '', chars), priority: 3 }));
  return [...markers, ...comments];
}
