import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's emitted schema + the web app's operations -> typed documents in apps/web/src/gql.
// The generated folder is committed; `npm run codegen` refreshes it after a schema or operation change.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', Money: 'string', Decimal: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // Every enum and input type of the schema (the client preset emits only those its operations use),
    // so shared labels and filters can name them.
    'apps/web/src/gql/schema.ts': {
      plugins: ['typescript'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', Money: 'string', Decimal: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
