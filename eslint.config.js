// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const domainRestrictions = {
  patterns: [
    { group: ['react', 'react-*', 'dexie', 'dexie-*', 'zod', '@tanstack/*', 'recharts'], message: 'src/domain is the pure core: no UI, storage or validation libraries.' },
    { group: ['**/storage/**', '**/features/**', '**/ui/**', '**/app/**', '**/templates/**'], message: 'src/domain imports nothing outside itself.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Only src/storage may import Dexie.' }] }],
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
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', domainRestrictions],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an argument in src/domain.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an argument in src/domain.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Randomness comes from src/domain/random.ts with a seed.' },
      ],
    },
  },
  {
    // In tests a missing value is a failure anyway; `!` keeps the expectations readable.
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/storage/**/*.ts', 'test/storage/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/storage may import Dexie.' }],
          patterns: [
            { group: ['@/features/**', '../**'], message: 'Features do not import each other: share through @/ui, @/domain or @/storage; within a feature use ./' },
          ],
        },
      ],
    },
  },
);
