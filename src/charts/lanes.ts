/**
 * Short labels for markers, comments and the goal, set in rows above the plot so they can be read on
 * a projector instead of hiding in tooltips. Rows are filled greedily: the most important label first
 * (the goal, then interventions, actions, comments), each in the lowest row where it overlaps nothing.
 * A label that fits nowhere is left out; its symbol stays on the chart and its text in the table.
 */

export interface LaneItem {
  key: string;
  /** Where the label points, in px. */
  x: number;
  text: string;
  /** Lower is placed first. */
  priority: number;
}

export interface PlacedLabel extends LaneItem {
  /** 0 is the row nearest the plot. */
  row: number;
  anchor: 'start' | 'end';
  left: number;
  right: number;
}

export interface LaneLayout {
  rows: number;
  fontSize: number;
  /** The px range labels must stay within. */
  minX: number;
  maxX: number;
}

const GAP = 10;
const OFFSET = 5;

/** Estimated from the character count, which is close enough to keep labels apart without font metrics. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

export function packLabels(items: readonly LaneItem[], layout: LaneLayout): PlacedLabel[] {
  if (layout.rows <= 0) return [];
  const taken: Array<Array<[number, number]>> = Array.from({ length: layout.rows }, () => []);
  const placed: PlacedLabel[] = [];
  const order = [...items].sort((a, b) => a.priority - b.priority || a.x - b.x);
  for (const item of order) {
    const width = textWidth(item.text, layout.fontSize);
    const startFits = item.x + OFFSET + width <= layout.maxX;
    const endFits = item.x - OFFSET - width >= layout.minX;
    // A label that fits neither way is pushed in from the nearer edge rather than cut off.
    const anchor = startFits || (!endFits && item.x < (layout.minX + layout.maxX) / 2) ? 'start' : 'end';
    const wanted = anchor === 'start' ? item.x + OFFSET : item.x - OFFSET - width;
    const left = Math.max(layout.minX, Math.min(wanted, layout.maxX - width));
    const right = left + width;
    const row = taken.findIndex((intervals) => intervals.every(([l, r]) => right + GAP <= l || left >= r + GAP));
    if (row === -1) continue;
    taken[row]!.push([left, right]);
    placed.push({ ...item, row, anchor, left, right });
  }
  return placed;
}
