// The OpenAPI 3.1 description of /api, written by hand for the paths and generated from the same zod schemas
// the handlers validate with for every body, so the document cannot drift from what the server does.
import { z } from 'zod';
import {
  articleResponseSchema,
  errorBodySchema,
  ingestBodySchema,
  ingestResultSchema,
  searchResponseSchema,
  storyListSchema,
  storyResponseSchema,
} from './api-schemas.ts';
import {
  MAX_SEARCH_HITS,
  MAX_STORIES_PAGE_SIZE,
  STORIES_PAGE_SIZE,
  DEFAULT_SEARCH_HITS,
} from './thresholds.ts';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  // The dialect is the document's (OpenAPI 3.1 is JSON Schema 2020-12), so each schema drops its own.
  return Object.fromEntries(
    Object.entries(z.toJSONSchema(schema, { io, unrepresentable: 'any' })).filter(
      ([key]) => key !== '$schema',
    ),
  );
}

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

const json = (schemaName: string): Record<string, unknown> => ({
  content: { 'application/json': { schema: ref(schemaName) } },
});

const errors = (...statuses: number[]): Record<string, unknown> =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: 'error', ...json('Error') }]));

const idParameter = (what: string): Record<string, unknown> => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `the ${what} id`,
  schema: { type: 'string' },
});

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version,
      description:
        'Stories built from articles of many outlets, each claim checked across them and cited to its sentences. ' +
        'Errors are `{ "error": { "code", "message" } }`.',
    },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories, latest activity first',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: {
                type: 'integer',
                minimum: 1,
                maximum: MAX_STORIES_PAGE_SIZE,
                default: STORIES_PAGE_SIZE,
              },
            },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { '200': { description: 'a page of stories', ...json('StoryList') }, ...errors(400) },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: the story object of the JSON contract, with its articles (without text)',
          parameters: [idParameter('story')],
          responses: { '200': { description: 'the story', ...json('StoryResponse') }, ...errors(404) },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article in the JSON contract form, with the story it belongs to',
          parameters: [idParameter('article')],
          responses: { '200': { description: 'the article', ...json('Article') }, ...errors(404) },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over article text',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_HITS, default: DEFAULT_SEARCH_HITS },
            },
          ],
          responses: {
            '200': { description: 'hits, best first', ...json('SearchResponse') },
            ...errors(400),
          },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Read URLs and texts into the store (needs the server token)',
          description:
            'JSON `{ urls?, texts? }`, or multipart with `urls` fields (one URL per line) and file fields. ' +
            'URLs on loopback and private networks are refused. Items that cannot be read are reported ' +
            'as diagnostics; the rest are stored.',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('IngestBody') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    urls: { type: 'string', description: 'one URL per line' },
                    files: { type: 'array', items: { type: 'string', format: 'binary' } },
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'what was added and what failed', ...json('IngestResult') },
            ...errors(400, 401, 403, 413, 415),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: jsonSchema(errorBodySchema),
        StoryList: jsonSchema(storyListSchema),
        StoryResponse: jsonSchema(storyResponseSchema),
        Article: jsonSchema(articleResponseSchema),
        SearchResponse: jsonSchema(searchResponseSchema),
        IngestBody: jsonSchema(ingestBodySchema, 'input'),
        IngestResult: jsonSchema(ingestResultSchema),
      },
    },
  };
}
