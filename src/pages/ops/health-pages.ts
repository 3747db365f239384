import type { Request, Response } from 'express';
import { checkReadiness } from '../../db/readiness.js';
import { isDraining } from '../../web/lifecycle.js';
import { services } from '../../web/services.js';

/**
 * For load balancers and monitoring: JSON, no session, never cached. /healthz says the process
 * answers; /readyz says it can serve (database reachable, migrations current, not shutting down).
 */
export function healthz(_req: Request, res: Response) {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' });
}

export async function readyz(req: Request, res: Response) {
  res.set('Cache-Control', 'no-store');
  if (isDraining(req)) return res.status(503).json({ status: 'shutting-down' });
  const readiness = await checkReadiness(services(req).db);
  const ready = readiness.database === 'ok' && readiness.migrations === 'current';
  res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', ...readiness });
}
