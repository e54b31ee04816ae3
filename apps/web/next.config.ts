import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NextConfig } from 'next';

// graphql(`…`) -> only the document it names, each document its own module (scripts/gql-documents-loader.cjs).
const gqlLoaderFile = require.resolve('./scripts/gql-documents-loader.cjs');
// The loader's own text as an option: Turbopack's build cache then forgets its output when the loader changes.
const gqlLoader = [{ loader: gqlLoaderFile, options: { version: createHash('sha1').update(readFileSync(gqlLoaderFile)).digest('hex') } }];
const gqlDocuments = [
  { loaders: gqlLoader, condition: { all: [{ not: 'foreign' as const }, { content: /from '@\/gql'/ }] } },
  { loaders: gqlLoader, condition: { query: /document=/ } },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Never phone home, never fetch at build time: no next/font/google, no remote images.
  poweredByHeader: false,
  images: { unoptimized: true },
  // KEHU_SOURCE_MAPS=1 next build: browser source maps, to see which package the first-load bytes come from.
  productionBrowserSourceMaps: process.env.KEHU_SOURCE_MAPS === '1',
  turbopack: {
    rules: {
      '*.ts': gqlDocuments,
      '*.tsx': gqlDocuments,
    },
  },
};

export default nextConfig;
