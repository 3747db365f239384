import { STYLE } from '../chart-style.js';
import { px, type Frame } from './frame.js';

/** The band a range indicator must stay inside, behind everything else. */
export function rangeSvg(f: Frame): string {
  const { subject } = f.spec;
  if (subject.direction !== 'range') return '';
  const min = subject.rangeMin ?? undefined;
  const max = subject.rangeMax ?? undefined;
  const parts: string[] = [];
  if (min !== undefined && max !== undefined) {
    const top = f.yPx(max);
    parts.push(`<rect x="${px(f.left)}" y="${px(top)}" width="${px(f.right - f.left)}" height="${px(f.yPx(min) - top)}" fill="${STYLE.range.fill}"/>`);
  }
  for (const bound of [min, max]) {
    if (bound === undefined) continue;
    const y = px(f.yPx(bound));
    parts.push(`<line x1="${px(f.left)}" x2="${px(f.right)}" y1="${y}" y2="${y}" stroke="${STYLE.range.stroke}" stroke-width="${STYLE.range.width}" stroke-dasharray="${STYLE.range.dash}"/>`);
  }
  return parts.join('');
}
