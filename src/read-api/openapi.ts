/**
 * The read API's OpenAPI 3.1 description, served at /api/v1/openapi.json. Its schemas are JSON
 * Schema 2020-12, and a test validates the real responses against them, so the description cannot
 * drift from what the API sends.
 */

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const strOrNull: Schema = { type: ['string', 'null'] };
const int: Schema = { type: 'integer' };
const intOrNull: Schema = { type: ['integer', 'null'] };
const num: Schema = { type: 'number' };
const numOrNull: Schema = { type: ['number', 'null'] };
const bool: Schema = { type: 'boolean' };
const period: Schema = { type: 'string', pattern: '^\\d{4}(K[1-4]|M(0[1-9]|1[0-2]))?$', description: 'Kanonisk periode: 2026K3 (kvartal), 2026M09 (måned) eller 2026 (år).' };
const periodOrNull: Schema = { ...period, type: ['string', 'null'] };
const date: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const timestamp: Schema = { type: 'string', format: 'date-time' };

function object(properties: Record<string, Schema>, description: string): Schema {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties), properties };
}

const schemas: Record<string, Schema> = {
  Indicator: object(
    {
      id: int,
      code: strOrNull,
      name: str,
      definition: str,
      whyItMatters: str,
      unit: str,
      decimals: { type: 'integer', minimum: 0, maximum: 4 },
      direction: { enum: ['up', 'down', 'range'] },
      rangeMin: numOrNull,
      rangeMax: numOrNull,
      frequency: { enum: ['quarter', 'month', 'year'] },
      dataSource: str,
      deliveredBy: str,
      archived: bool,
      computed: bool,
      numerator: strOrNull,
      denominator: strOrNull,
      factor: numOrNull,
      sharedWithGroupsBelow: bool,
      sharedFromGroup: strOrNull,
      referenceSeries: { type: ['string', 'null'], description: 'Sammenligningsseriernes navne, adskilt af "; ".' },
    },
    'En af gruppens indikatorer.',
  ),
  Value: object(
    {
      indicatorId: int,
      indicatorCode: strOrNull,
      indicatorName: str,
      series: { enum: ['own', 'reference', 'numerator', 'denominator'], description: 'own: indikatorens egen værdi (for en beregnet indikator beregnet); reference: en sammenligningsserie; numerator/denominator: en beregnet indikators tæller og nævner.' },
      seriesLabel: strOrNull,
      period,
      periodStart: date,
      value: num,
      unit: str,
      comment: strOrNull,
      updatedAt: timestamp,
    },
    'Én værdi for én periode.',
  ),
  Goal: object(
    {
      id: int,
      title: str,
      description: str,
      status: { enum: ['draft', 'active', 'reached', 'not-reached', 'abandoned'] },
      indicatorId: intOrNull,
      baselineValue: numOrNull,
      baselinePeriod: periodOrNull,
      targetValue: numOrNull,
      deadline: periodOrNull,
      responsible: str,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    'Et SMARTE-mål.',
  ),
  Action: object(
    {
      id: int,
      whatAndWhy: str,
      howAndWho: str,
      responsible: str,
      dueDate: date,
      startPeriod: periodOrNull,
      status: { enum: ['open', 'in-progress', 'done', 'abandoned'] },
      indicatorId: intOrNull,
      goalId: intOrNull,
      meetingId: intOrNull,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    'En aftalt handling.',
  ),
  Meeting: object(
    {
      id: int,
      title: str,
      date,
      startTime: { type: ['string', 'null'], pattern: '^\\d{2}:\\d{2}$' },
      durationMinutes: int,
      location: str,
      closed: bool,
      agendaItems: int,
      indicatorIds: { type: ['string', 'null'], description: 'Indikatorerne på dagsordenen, adskilt af ";".' },
    },
    'Et ledermøde.',
  ),
  Paging: object(
    {
      limit: { type: 'integer', minimum: 1, maximum: 1000 },
      offset: { type: 'integer', minimum: 0 },
      total: { type: 'integer', minimum: 0 },
      next: { type: ['string', 'null'], description: 'Adressen på næste side, eller null på sidste side.' },
    },
    'Hvor i listen siden ligger.',
  ),
  Error: object({ error: object({ code: str, message: { type: 'string', description: 'Forklaring på dansk.' } }, 'Fejlen.') }, 'En fejl med en stabil kode.'),
};

const RESOURCES: Array<{ path: string; schema: string; summary: string }> = [
  { path: 'indicators', schema: 'Indicator', summary: 'Gruppens indikatorer' },
  { path: 'values', schema: 'Value', summary: 'Alle værdier, med sammenligningsserier og beregnede indikatorers tæller og nævner' },
  { path: 'goals', schema: 'Goal', summary: 'Gruppens mål' },
  { path: 'actions', schema: 'Action', summary: 'Gruppens aftalte handlinger' },
  { path: 'meetings', schema: 'Meeting', summary: 'Gruppens ledermøder' },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

export function openApiDocument(serverUrl = '/'): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const resource of RESOURCES) {
    paths[`/api/v1/groups/{groupId}/${resource.path}`] = {
      get: {
        summary: resource.summary,
        operationId: `list-${resource.path}`,
        security: [{ readToken: [] }],
        parameters: [
          { name: 'groupId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
          { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
          { name: 'format', in: 'query', required: false, description: 'json (standard), csv (komma og punktum) eller csv-excel (semikolon og komma, til dansk Excel).', schema: { enum: ['json', 'csv', 'csv-excel'] } },
        ],
        responses: {
          '200': {
            description: 'En side af listen. I CSV står rækkerne med overskrift; næste side står i headeren Link (rel="next"), og antallet i X-Total-Count.',
            content: {
              'application/json': {
                schema: object({ data: { type: 'array', items: ref(resource.schema) }, paging: ref('Paging') }, `En side af ${resource.path}.`),
              },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          '400': errorResponse('Ugyldig limit, offset eller format.'),
          '401': errorResponse('Manglende, ukendt eller tilbagekaldt nøgle.'),
          '403': errorResponse('Nøglen er en importnøgle og må ikke læse.'),
          '404': errorResponse('Gruppen findes ikke for denne nøgle.'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Datadialog – læse-API',
      version: '1.0.0',
      description:
        'Læs en ledergruppes indikatorer, værdier (med sammenligningsserier), mål, aftalte handlinger og møder til BI-værktøjer som Power BI. Brug en læsenøgle fra gruppens side "API-nøgler" i headeren Authorization: Bearer <nøgle>.',
    },
    servers: [{ url: serverUrl }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas,
      securitySchemes: { readToken: { type: 'http', scheme: 'bearer', description: 'En læsenøgle (ikke en importnøgle).' } },
    },
  };
}
