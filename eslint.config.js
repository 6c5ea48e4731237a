// Lint for the whole repository, the web front end included; `npm run lint` fails on any warning.
import js from '@eslint/js';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*/*'], message: 'Import a lib through its index: @app/<lib>.' },
            { group: ['**/libs/*/src/*', '!**/libs/*/src/index.js'], message: 'Import a lib through its index: @app/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    // Inside a lib, relative imports of its own files are the norm; tests may use a lib's test factories.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@app/*/*'], message: 'Import a lib through its index: @app/<lib>.' }] }],
    },
  },
  {
    // A lib's index names what it offers; its repositories stay inside. (The deals lib's index follows with its rewrite.)
    files: ['libs/*/src/index.ts'],
    ignores: ['libs/deals/src/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what the lib offers instead of `export *`.' },
        {
          selector: 'ExportSpecifier[exported.name=/Repository$/]',
          message: 'Repositories stay inside their lib; offer a service method.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // The web front end: Vue single-file components with TypeScript, in the browser. It shares the
  // server's rules only through @app/rules.
  ...vue.configs['flat/recommended'].map((config) => ({ ...config, files: ['apps/web/**/*.{ts,vue}'] })),
  // The web's one classic script (public/early.js), served as written.
  { files: ['apps/web/public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  {
    files: ['apps/web/**/*.{ts,vue}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/libs/**', '@app/*', '!@app/rules'], message: 'The web imports shared rules from @app/rules only.' }],
        },
      ],
      // Prettier formats the templates; these layout rules would fight it.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
);
