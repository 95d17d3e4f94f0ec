// Lint: ESLint's and typescript-eslint's recommended rules; formatting is Prettier's (eslint-config-prettier
// turns off the rules it owns). `npm run lint` runs both checks; `npm run format` rewrites the formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'web-ext-artifacts/',
      'node_modules/',
      'test/artifacts/',
      'test/test-pages/',
      'scratch/',
      'src/core/entities/model/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // a leading underscore marks a binding kept on purpose (rest-destructuring to drop keys, unused parameters)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // tests and the bench speak untyped JSON protocols (CDP, WebDriver BiDi, page.evaluate results)
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
