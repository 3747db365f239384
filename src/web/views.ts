import type { Express } from 'express';
import { engine } from 'express-handlebars';
import { helpers } from './helpers/index.js';

export function configureViews(app: Express, projectRoot: string): void {
  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      layoutsDir: `${projectRoot}views/layouts`,
      partialsDir: `${projectRoot}views/partials`,
      helpers,
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', `${projectRoot}views`);
}
