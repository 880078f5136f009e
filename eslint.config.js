import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers point one way: domain ← state ← ui ← features ← app (see README "Code layout"). */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/state', './src/ui', './src/features', './src/app', './src/i18n', './src/pwa'],
    message: 'src/domain is pure TypeScript: it must not import from the layers above it.',
  },
  {
    target: './src/workers',
    from: ['./src/state', './src/ui', './src/features', './src/app', './src/i18n', './src/pwa'],
    message: 'src/workers run domain code off the main thread: they may only use src/domain.',
  },
  {
    target: './src/i18n',
    from: ['./src/state', './src/ui', './src/features', './src/app', './src/pwa'],
    message: 'src/i18n may only use src/domain.',
  },
  {
    target: './src/state',
    from: ['./src/ui', './src/features', './src/app', './src/pwa'],
    message: 'src/state may only use src/domain and src/i18n.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app'],
    message: 'src/ui holds shared components: it must not import features or the app.',
  },
  {
    target: './src/pwa',
    from: ['./src/features', './src/app'],
    message: 'src/pwa must not import features or the app.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features must not import the app shell.',
  },
  ...['study', 'quiz', 'browse', 'stats', 'settings'].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features do not import each other: move shared code to src/ui, src/state or src/domain.',
  })),
];

const frameworkFree = ['react', 'zustand', 'i18next', 'react-i18next'].map((name) => ({
  name,
  message: 'src/domain is framework-free.',
}));
const fsrsOnlyInScheduler = {
  name: 'ts-fsrs',
  message: 'Only src/domain/scheduler.ts wraps ts-fsrs.',
};
/** Heavy libraries, each wrapped by one module of src/workers and loaded only inside a worker. */
const wrappedLibraries = [
  { name: 'fsrs-browser', message: 'Only src/workers/fsrs-optimizer.ts wraps fsrs-browser.' },
  { name: 'sql.js', message: 'Only src/workers/sqlite-database.ts wraps sql.js.' },
  { name: 'fflate', message: 'Only src/workers/zip-files.ts wraps fflate.' },
];
const noClockNoRandom = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Domain code takes an RNG argument instead of Math.random.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Domain code takes `now` as an argument.',
  },
  {
    selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
    message: 'Domain code takes `now` as an argument.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'bench/out', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [fsrsOnlyInScheduler, ...wrappedLibraries],
          patterns: [
            { group: ['fsrs-browser/*', 'sql.js/*'], message: 'Use the wrapper in src/workers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...frameworkFree, fsrsOnlyInScheduler] }],
      'no-restricted-syntax': ['error', ...noClockNoRandom],
    },
  },
  {
    files: ['src/domain/scheduler.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: frameworkFree }] },
  },
  // Each wrapper imports its library (and its WebAssembly's URL) and nothing else does.
  ...[
    [
      'src/workers/fsrs-optimizer.ts',
      'src/workers/optimizer.worker.ts',
      'src/state/optimizer-client.ts',
    ],
    ['src/workers/sqlite-database.ts', 'src/workers/apkg.worker.ts'],
    ['src/workers/zip-files.ts'],
    // Tests open what the wrappers write with the libraries themselves.
    ['src/workers/*.test.ts'],
  ].map((files) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths: [fsrsOnlyInScheduler] }] },
  })),
);
