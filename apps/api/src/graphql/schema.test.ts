import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from './emit-schema';
import { buildAppSchema, printAppSchema } from './schema';

describe('apps/api/schema.graphql', () => {
  it('matches what the code builds (run `npm run schema:emit -w @kehu/api` after changing the schema)', async () => {
    const built = printAppSchema(await buildAppSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });
});
