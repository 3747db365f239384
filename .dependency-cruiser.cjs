/**
 * Datadialog's floor plan, checked on every `npm test` (see ARCHITECTURE.md).
 *
 * Layers, each importing only from below:
 *   app  →  pages  →  web  →  features  →  ground
 * Features are ordered among themselves (FEATURES, highest first): a feature may import the
 * features after it in the list, never one before it. Express and its middleware belong to the top
 * three layers only.
 */

// Highest first. A feature uses only features listed after it.
const FEATURES = ['seed', 'reminders', 'read-api', 'meetings', 'goals', 'charts', 'situations', 'exports', 'organisation', 'imports', 'indicators', 'admin', 'api', 'auth', 'groups', 'audit'];
const GROUND = '^src/(shared|periods|numbers|variation|db|content)/|^src/(config|sign-in-config|mail-config)\\.ts$';
const HTTP_PACKAGES = ['express', 'express-session', 'express-handlebars', 'express-rate-limit', 'multer', 'csrf-sync', 'helmet', 'pino-http', 'supertest'];

const feature = (name) => `^src/${name}/`;
const anyFeature = `^src/(${FEATURES.join('|')})/`;

const featureOrder = FEATURES.flatMap((name, index) =>
  index === 0
    ? []
    : [
        {
          name: `feature-order-${name}`,
          comment: `${name} sits below ${FEATURES.slice(0, index).join(', ')}: it must not import them (move the shared piece down, or the using code up).`,
          severity: 'error',
          from: { path: feature(name) },
          to: { path: `^src/(${FEATURES.slice(0, index).join('|')})/` },
        },
      ],
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import each other in a circle: split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pages-not-to-app',
      comment: 'Pages are used by the composition root, never the other way round.',
      severity: 'error',
      from: { path: '^src/pages/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'web-knows-no-feature',
      comment: 'The HTTP kit (web/) knows no feature, page or the composition root.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: `^src/(app|pages)/|${anyFeature}` },
    },
    {
      name: 'features-below-http',
      comment: 'Features are domain cores and their queries: they never import app, pages or web.',
      severity: 'error',
      from: { path: anyFeature },
      to: { path: '^src/(app|pages|web)/' },
    },
    {
      name: 'ground-is-ground',
      comment: 'Ground (shared, periods, numbers, variation, db, content, config) imports nothing above it.',
      severity: 'error',
      from: { path: GROUND },
      to: { path: `^src/(app|pages|web)/|${anyFeature}` },
    },
    {
      name: 'express-only-on-top',
      comment: 'Express and its middleware belong to app/, pages/ and web/; features and ground stay HTTP-free.',
      severity: 'error',
      from: { path: `${anyFeature}|${GROUND}` },
      to: { path: `node_modules/(${HTTP_PACKAGES.join('|')})/` },
    },
    {
      name: 'known-folders-only',
      comment: 'Every source folder has a place in the floor plan: add a new feature to FEATURES (and ARCHITECTURE.md).',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(app|pages|web)/|${anyFeature}|${GROUND}` },
      to: {},
    },
    ...featureOrder,
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads the same syntax.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/web/static/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
