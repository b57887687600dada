// Flat config with type-aware rules. shared/ is kept pure: no framework, no I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-check/**',
      'node_modules/**',
      'test/artifacts/**',
      'bench/**',
      '**/*.cjs',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-*', 'socket.io*', 'express'],
              message: 'shared/ is pure: no framework.',
            },
            {
              regex: '^(node:.*|fs|path|http|https|net|child_process|os)(/.*)?$',
              message: 'shared/ does no I/O.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Rules take `now` as an input.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Rules take `now` as an input.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.tsx', 'client/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // One locale provider formats every date, number, plural and name order; one cache reads the
    // server: screens never call Intl, fetch or apiRequest themselves.
    files: ['client/src/**/*.tsx', 'client/src/**/*.ts'],
    ignores: [
      'client/src/lib/locale/**',
      'client/src/lib/api.ts',
      'client/src/testing/**',
      'client/src/**/*.spec.ts',
      'client/src/**/*.spec.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Intl']",
          message: 'Format through the locale provider (useFormat() from lib/locale), never Intl directly.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/]',
          message: 'Format and compare through the locale provider (useFormat()), never the browser locale.',
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'Read the server through a query in a feature api.ts (lib/api apiRequest).',
        },
      ],
    },
  },
  {
    // Fetchers live in a feature's api.ts (one per endpoint); components and hooks use the cache.
    files: ['client/src/**/*.tsx', 'client/src/**/*.ts'],
    ignores: [
      'client/src/**/api.ts',
      'client/src/lib/**',
      'client/src/**/*.spec.ts',
      'client/src/**/*.spec.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            {
              group: ['**/lib/api'],
              importNames: ['apiRequest'],
              message: 'Call the server from a feature api.ts and read it through TanStack Query.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
