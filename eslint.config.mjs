import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The arrows of DESIGN.md as lint rules: a folder may import only the folders listed for it. A wrong import
 * fails `npm run lint`, not a review. `types` lists folders whose types (and only types) may be imported.
 */
const FOLDERS = [
  'diagnosis',
  'knowledge',
  'checks',
  'live-checks',
  'azure',
  'cards',
  'bot',
  'cli',
  'state',
  'telemetry',
  'app-package',
];
const NODE_IO = ['fs', 'fs/*', 'node:*', 'http', 'https', 'net', 'child_process'];

function layer(folder, { may = [], types = [], packages = [] }) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !may.includes(f));
  const valueOnly = forbidden.filter((f) => types.includes(f));
  const never = forbidden.filter((f) => !types.includes(f));
  const rel = (names) => names.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`]);
  const patterns = [];
  if (never.length > 0)
    patterns.push({ group: rel(never), message: `src/${folder} may not import this folder (DESIGN.md).` });
  if (valueOnly.length > 0)
    patterns.push({
      group: rel(valueOnly),
      allowTypeImports: true,
      message: `src/${folder} may import only types from this folder (DESIGN.md).`,
    });
  if (packages.length > 0)
    patterns.push({ group: packages, message: `src/${folder} may not use this package.` });
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-control-regex': 'off',
    },
  },
  // The engine is pure: no I/O, no Teams, no Azure SDK.
  layer('knowledge', { packages: ['botbuilder*', '@microsoft/*', '@azure/*', 'restify', ...NODE_IO] }),
  layer('diagnosis', {
    may: ['knowledge'],
    packages: ['botbuilder*', '@microsoft/*', '@azure/*', 'restify', ...NODE_IO],
  }),
  // The only door to Azure: nothing of ours above it.
  layer('azure', { packages: ['botbuilder*', '@microsoft/*', 'restify'] }),
  layer('checks', {
    may: ['azure', 'knowledge'],
    types: ['diagnosis'],
    packages: ['botbuilder*', '@microsoft/*', 'restify'],
  }),
  layer('live-checks', {
    may: ['checks', 'azure', 'diagnosis', 'knowledge'],
    packages: ['botbuilder*', '@microsoft/*', 'restify'],
  }),
  // Cards render finished results: knowledge, and the types of what they render.
  layer('cards', {
    may: ['knowledge'],
    types: ['diagnosis', 'checks', 'live-checks'],
    packages: ['@azure/*', 'restify'],
  }),
  // Handlers: no Azure clients, no business logic of their own.
  layer('bot', {
    may: ['cards', 'diagnosis', 'knowledge', 'live-checks', 'state', 'telemetry'],
    types: ['checks'],
    packages: ['@azure/*'],
  }),
  // The CLI reads what the bot stored (corpus export reads the feedback file), never Teams or Azure.
  layer('cli', {
    may: ['diagnosis', 'knowledge', 'live-checks', 'state'],
    types: ['checks'],
    packages: ['botbuilder*', '@microsoft/*', 'restify'],
  }),
  // Unit tests stand alone: shared harness code lives in test/support/ (and fakes in test/fakes/).
  {
    files: ['test/unit/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/integration/**', '**/e2e/**'], message: 'Shared test code goes in test/support/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
