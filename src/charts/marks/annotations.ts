import { STYLE } from '../chart-style.js';
import { escapeHtml } from '../escape.js';
import type { PlacedLabel } from '../lanes.js';
import { HALO, px, type Frame } from './frame.js';

const KIND_STYLE: Record<string, { fill: string; weight?: string; italic?: boolean; connector: string; dash?: string }> = {
  goal: { fill: STYLE.goal.stroke, weight: 'bold', connector: STYLE.goal.stroke },
  intervention: { fill: STYLE.intervention.stroke, weight: 'bold', connector: STYLE.intervention.stroke },
  action: { fill: STYLE.action.stroke, connector: STYLE.action.stroke },
  comment: { fill: STYLE.comment.label, italic: true, connector: STYLE.comment.connector, dash: '2 2' },
  effect: { fill: STYLE.after.mean, weight: 'bold', connector: STYLE.after.mean },
};

function kindOf(key: string): string {
  return key.slice(0, key.indexOf('-') === -1 ? key.length : key.indexOf('-'));
}

/**
 * The placed labels in their rows above the plot, each with a thin line down to what it names: the
 * top of the plot for the goal and decisions (their rules continue through it), the ringed value for a
 * comment. Plain SVG, so each label can have its own anchor, colour and style.
 */
export function annotationSvg(f: Frame, labels: readonly PlacedLabel[]): string {
  const lines: string[] = [];
  const texts: string[] = [];
  const plotTop = f.marginTop;
  for (const label of labels) {
    const kind = kindOf(label.key);
    const style = KIND_STYLE[kind] ?? KIND_STYLE.action!;
    const baseline = plotTop - 6 - label.row * f.rowHeight;
    const textX = label.anchor === 'start' ? label.left : label.right;
    const point = kind === 'comment' ? f.series.points.find((p) => `comment-${p.x}` === label.key) : undefined;
    const bottom = point?.value !== undefined ? f.yPx(point.value) - STYLE.comment.r : plotTop;
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    // The effect label stands over the shading it sums up and needs no line.
    if (kind !== 'effect') lines.push(`<line x1="${px(label.x)}" x2="${px(label.x)}" y1="${px(baseline + 3)}" y2="${px(bottom)}" stroke="${style.connector}" stroke-width="1"${dash}/>`);
    texts.push(
      `<text x="${px(textX)}" y="${px(baseline)}" text-anchor="${label.anchor}" fill="${style.fill}"` +
        `${style.weight ? ` font-weight="${style.weight}"` : ''}${style.italic ? ' font-style="italic"' : ''} ${HALO}>${escapeHtml(label.text)}</text>`,
    );
  }
  // Lines first: a line that passes a lower row runs under that row's text and its white halo.
  return texts.length ? `<g class="trend-chart__labels" aria-hidden="true">${lines.join('')}${texts.join('')}</g>` : '';
}
