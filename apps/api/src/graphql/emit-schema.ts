import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

// `npm run build` and `npm run schema:emit` refresh apps/api/schema.graphql; a test fails when it is stale.
if (require.main === module) {
  buildAppSchema()
    .then((schema) => {
      writeFileSync(SCHEMA_FILE, printAppSchema(schema));
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
