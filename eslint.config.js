import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'tests/e2e/.artifacts/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      'no-undef': 'off', // TypeScript checks names; WXT's auto-imports are typed in .wxt/
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // lib/ runs in Node, the extension and the tests alike: no browser globals outside the site adapters.
    files: ['lib/**/*.ts'],
    ignores: ['lib/sites/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'chrome', 'localStorage'],
    },
  },
);
