import type { Application, Request } from 'express';

// Per app, so tests that run several apps side by side do not drain each other.
const draining = new WeakSet<Application>();

/** From now on the app tells load balancers it is going away; requests under way still finish. */
export function startDraining(app: Application): void {
  draining.add(app);
}

export function isDraining(req: Request): boolean {
  return draining.has(req.app);
}
