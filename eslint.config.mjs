import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/diagnosis/**/*.ts', 'src/knowledge/**/*.ts'],
    rules: {
      // The engine is pure: no I/O, no Teams, no Azure SDK.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'botbuilder*',
            '@microsoft/*',
            '@azure/*',
            'restify',
            'fs',
            'node:*',
            'http',
            'https',
            'net',
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
