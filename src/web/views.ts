import type { Express } from 'express';
import { create } from 'express-handlebars';
import { helpers } from './helpers/index.js';

export function configureViews(app: Express, projectRoot: string): void {
  const hbs = create({
    extname: '.hbs',
    defaultLayout: 'main',
    layoutsDir: `${projectRoot}views/layouts`,
    partialsDir: `${projectRoot}views/partials`,
    helpers,
  });
  // With the view cache on, express-handlebars still resolves every partial's path again and awaits a
  // promise per partial on each render (~0.1 ms a page). The partials cannot change while templates are
  // cached, so they are gathered once; without the cache (development) every render reads them afresh.
  const getPartials = hbs.getPartials.bind(hbs);
  let cached: ReturnType<typeof getPartials> | undefined;
  hbs.getPartials = (options = {}) => {
    if (!options.cache) return getPartials(options);
    cached ??= getPartials(options).catch((err: unknown) => {
      cached = undefined;
      throw err;
    });
    return cached;
  };
  app.engine('hbs', hbs.engine);
  app.set('view engine', 'hbs');
  app.set('views', `${projectRoot}views`);
}
