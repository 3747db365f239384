import type { Response } from 'express';
import type { ChartSlots } from '../charts/chart-slots.js';

/** Renders a page whose charts are in `slots` and sends it with the charts' bytes spliced in. */
export async function sendWithCharts(res: Response, view: string, locals: Record<string, unknown>, slots: ChartSlots, status = 200): Promise<void> {
  const html = await new Promise<string>((resolve, reject) => res.render(view, locals, (err, out) => (err ? reject(err) : resolve(out))));
  const { body, etag } = slots.fill(html);
  // Set here, Express neither hashes the whole body again nor loses 304 answers to conditional requests.
  res.status(status).type('html').set('ETag', etag).send(body);
}
