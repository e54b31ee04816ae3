// ESLint for every workspace (run from a workspace as `npm run lint`, part of `npm test`).
// Type-aware through typescript-eslint's project service: each file is checked with the tsconfig.json that
// includes it, so tests are linted with the same types the type-check uses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { publicFiles } from './apps/api/module-boundaries.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.join(root, 'apps/api/src/modules');

/** src/modules/X may import src/modules/Y only through the files apps/api/module-boundaries.mjs lists for Y. */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature module imports another module only through its public files' },
    messages: {
      internal:
        "'{{target}}' is internal to the {{module}} module; import one of its public files instead " +
        '(apps/api/module-boundaries.mjs, docs/module-boundaries.md).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rel = path.relative(modulesDir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return {};
    const from = rel.split(path.sep)[0];
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.relative(modulesDir, path.resolve(path.dirname(file), spec));
      if (target.startsWith('..')) return;
      const [to, ...rest] = target.split(path.sep);
      if (to === from || rest.length === 0) return;
      const inside = rest.join('/').replace(/\.(js|ts)$/, '');
      if ((publicFiles[to] ?? []).includes(inside)) return;
      context.report({ node, messageId: 'internal', data: { target: `modules/${to}/${inside}`, module: to } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/**
 * The customers table has one owner, the customers module: other code changes customers through the functions
 * it exports (customer.system-writes, customer.owner-writes, customer.bulk-writes), which write the change log
 * and emit `customer.updated`. Reports SQL text that writes `customers` (UPDATE / INSERT INTO / DELETE FROM,
 * in any string or template) and TypeORM writes of the Customer entity anywhere else in apps/api/src. Tests,
 * fixtures, migrations, the demo seed and the bench seed build data directly and are not checked.
 */
const customersDir = path.join(modulesDir, 'customers') + path.sep;
const CUSTOMER_WRITE_SQL = /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+("?public"?\.)?"?customers"?(?![\w"])/i;
const ORM_WRITES = ['save', 'insert', 'update', 'upsert', 'delete', 'softDelete', 'restore', 'remove', 'increment', 'decrement'];
const customerTableOwner = {
  meta: {
    type: 'problem',
    docs: { description: 'Only the customers module writes the customers table' },
    messages: {
      sql:
        'SQL writing `customers` outside the customers module: call an exported write of the customers module ' +
        '(customer.system-writes, customer.owner-writes, customer.bulk-writes) so the change log and customer.updated are written.',
      orm: 'A TypeORM write of Customer outside the customers module: call an exported write of the customers module instead.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(path.join(root, 'apps/api/src') + path.sep) || file.startsWith(customersDir)) return {};
    const checkText = (node, text) => {
      if (CUSTOMER_WRITE_SQL.test(text)) context.report({ node, messageId: 'sql' });
    };
    const isCustomer = (arg) => arg?.type === 'Identifier' && arg.name === 'Customer';
    return {
      Literal: (node) => typeof node.value === 'string' && checkText(node, node.value),
      TemplateLiteral: (node) => checkText(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ')),
      CallExpression: (node) => {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        const isWrite = ORM_WRITES.includes(method);
        // em.save(Customer, …), qb.update(Customer), qb.insert().into(Customer)
        if ((isWrite || method === 'into') && isCustomer(node.arguments[0])) return context.report({ node, messageId: 'orm' });
        const target = callee.object;
        const calls = (expr, name) =>
          expr.type === 'CallExpression' &&
          expr.callee.type === 'MemberExpression' &&
          expr.callee.property.type === 'Identifier' &&
          expr.callee.property.name === name;
        // qb.delete().from(Customer)
        if (method === 'from' && isCustomer(node.arguments[0]) && calls(target, 'delete'))
          return context.report({ node, messageId: 'orm' });
        // getRepository(Customer).save(…) and the like
        if (isWrite && calls(target, 'getRepository') && isCustomer(target.arguments[0])) context.report({ node, messageId: 'orm' });
      },
    };
  },
};

const testFiles = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/*.test-helpers.ts',
  '**/test/**',
  '**/*fixture*.ts',
  '**/*-fixtures.ts',
  '**/test-peers.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'apps/web/src/gql/**',
      'apps/web/next-env.d.ts',
      'apps/web/e2e/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      kehu: { rules: { 'module-boundaries': moduleBoundaries, 'customer-table-owner': customerTableOwner } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'kehu/module-boundaries': 'error',
      'kehu/customer-table-owner': 'error',
      // Rules the code already names in its eslint-disable comments.
      '@typescript-eslint/no-require-imports': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'error',
      'no-control-regex': 'error',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The domain package's root entry re-exports everything (pinyin-pro included): pages import one subpath.
      'no-restricted-imports': ['error', { paths: [{ name: '@kehu/domain', message: 'Import a subpath, e.g. @kehu/domain/labels.' }] }],
    },
  },
  {
    // Tests may use `any` for hand-built fixtures and require() to load another workspace's sources.
    files: testFiles,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'kehu/customer-table-owner': 'off',
    },
  },
  {
    // Schema history and generated data sets write tables directly, by design.
    files: ['apps/api/src/db/migrations/**', 'apps/api/src/db/seed/**', 'apps/api/src/bench/**'],
    rules: { 'kehu/customer-table-owner': 'off' },
  },
);
