// @ts-check
// Lint at zero warnings, and the boundaries between the layers as rules (test/lint/boundaries.test.ts shows each one
// refusing a wrong import):
//   domain   the pure core: imports nothing outside itself; no clock, randomness, crypto, timers or browser APIs
//   storage  the only code that imports Dexie; no React, and nothing from data, features, ui or app
//   data     React hooks over storage (live queries, who is working); nothing from features, ui or app
//   ui       shared components: never storage, data, features or app
//   features one folder per user job: never another feature, never app, never Dexie
//   lib, templates  small helpers and the template schemas: never storage, data, features, ui or app
// and no import cycles anywhere (import-x/no-cycle).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const DEXIE = { group: ['dexie', 'dexie-*'], message: 'Only src/storage may import Dexie.' };
const REACT = { group: ['react', 'react-*', 'react/*', 'dexie-react-hooks'], message: 'src/storage holds no React: hooks over storage live in src/data.' };
const layer = (name, why) => ({ group: [`@/${name}/*`, `**/${name}/*`], message: why });

/** The restricted-import rule for one folder: Dexie everywhere but storage, plus the layers it must not reach. */
const forbid = (...patterns) => ['error', { patterns }];

const domainRestrictions = forbid(
  {
    group: ['react', 'react-*', 'dexie', 'dexie-*', 'zod', '@tanstack/*', 'recharts', 'papaparse'],
    message: 'src/domain is the pure core: no UI, storage or validation libraries.',
  },
  {
    group: ['@/*', '**/storage/**', '**/features/**', '**/ui/**', '**/app/**', '**/templates/**', '**/lib/**', '**/data/**'],
    message: 'src/domain imports nothing outside itself.',
  },
);

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': forbid(DEXIE),
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // axe requires scrollable regions to be focusable, so a region may take tabIndex.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
      // What people type is only ever shown as text: never rendered as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Show text as text: HTML from a string is never rendered.' },
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Show text as text: HTML from a string is never rendered.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': domainRestrictions,
      'no-restricted-globals': [
        'error',
        ...[
          'globalThis',
          'self',
          'crypto',
          'performance',
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'setTimeout',
          'setInterval',
        ].map((name) => ({
          name,
          message: 'src/domain is pure: randomness, time and the browser come in as arguments.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an argument in src/domain.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an argument in src/domain.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Time is an argument in src/domain.' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes from src/domain/random.ts with a seed.',
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        REACT,
        layer('data', 'src/storage never imports the hooks above it.'),
        layer('features', 'src/storage never imports features.'),
        layer('ui', 'src/storage never imports ui.'),
        layer('app', 'src/storage never imports app.'),
      ),
    },
  },
  {
    files: ['test/storage/**/*.ts', 'test/bench/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        { group: ['dexie'], message: 'src/data reads through src/storage; it uses only dexie-react-hooks for live queries.' },
        layer('features', 'src/data never imports features.'),
        layer('ui', 'src/data never imports ui.'),
        layer('app', 'src/data never imports app.'),
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        DEXIE,
        layer('storage', 'src/ui never imports storage: pages pass it what it shows.'),
        layer('data', 'src/ui never imports data: pages pass it what it shows.'),
        layer('features', 'src/ui never imports features.'),
        layer('app', 'src/ui never imports app.'),
      ),
    },
  },
  {
    files: ['src/lib/**/*.ts', 'src/templates/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        DEXIE,
        layer('storage', 'Only pages, data and app reach storage.'),
        layer('data', 'Only pages and app use data.'),
        layer('features', 'Nothing below app imports features.'),
        layer('ui', 'Only pages and app use ui.'),
        layer('app', 'Nothing imports app.'),
      ),
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        DEXIE,
        {
          group: ['@/features/**', '../**'],
          message: 'Features do not import each other: share through @/ui, @/domain, @/data or @/storage; within a feature use ./',
        },
        layer('app', 'Features never import app.'),
      ),
    },
  },
  {
    // In tests a missing value is a failure anyway; `!` keeps the expectations readable.
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
