import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

let shared: Document | undefined;

/**
 * One document for every chart: creating a DOM per chart costs more than the chart itself.
 * Plot only creates detached elements in it, so charts never see each other.
 */
function chartDocument(): Document {
  // linkedom's Document implements the subset Plot uses; the DOM lib type is what Plot asks for.
  shared ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return shared;
}

export type PlotOptions = Omit<Plot.PlotOptions, 'document'>;

/** Plot returns a <figure> instead of an <svg> when it adds a legend or a title; neither is used here. */
export function plotSvg(options: PlotOptions): SVGSVGElement {
  const element = Plot.plot({ ...options, document: chartDocument() });
  if (element.tagName.toLowerCase() !== 'svg') throw new Error(`Plot returned <${element.tagName}>, expected <svg>`);
  return element as SVGSVGElement;
}
