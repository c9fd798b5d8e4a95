import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql + client/operations -> typed documents (client preset) and named React hooks.
const scalars = { DateTime: 'string', JSON: 'unknown', Decimal: 'string', SafeInt: 'number' };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'client/operations/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
      preset: 'client',
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
    },
    'client/generated/hooks.ts': {
      plugins: ['./codegen/hooks-plugin.cjs'],
    },
  },
};

export default config;
