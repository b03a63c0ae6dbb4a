// @ts-check
// The architecture lives here: each block below is a boundary from docs/architecture.md.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

/** Modules that open network connections; the main process and the CLI never need one. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici'].flatMap((m) => [m, `node:${m}`]);

module.exports = tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/lint/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], message: 'shared/ must stay environment-free' },
      ] }],
    },
  },
  {
    files: ['electron/main/core/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'core/ and the CLI run in plain Node; put Electron calls in electron/main/platform/' },
          ...NETWORK_MODULES.map((name) => ({ name, message: 'Habeas never touches a network' })),
        ],
        patterns: [{ group: ['**/renderer/**'], message: 'core never depends on the UI' }],
      }],
    },
  },
  {
    files: ['electron/main/**'],
    ignores: ['electron/main/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NETWORK_MODULES.map((name) => ({ name, message: 'Habeas never touches a network' })),
        patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main does not import UI or preload code' }],
      }],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', '**/main/**', '**/renderer/**'], message: 'the preload only builds window.habeas from shared/ipc' },
      ] }],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', '**/electron/**'], message: 'the renderer talks to main only through renderer/src/lib/api.ts' },
      ] }],
      'no-restricted-properties': ['error', { object: 'window', property: 'habeas', message: 'use renderer/src/lib/api.ts' }],
      'no-restricted-globals': ['error', { name: 'habeas', message: 'use renderer/src/lib/api.ts' }],
    },
  },
  {
    // The cheap KDF profile is for tests only; the app and the CLI must never ask for it.
    files: ['electron/**', 'renderer/**', 'shared/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "Property[key.name='kdfProfile'][value.value='test']",
        message: "kdfProfile 'test' is for tests only; the app and the CLI always use the standard profile",
      }],
    },
  },
  {
    files: ['renderer/src/lib/api.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
