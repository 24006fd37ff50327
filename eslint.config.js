import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Lower layers stay framework-free: they run in Node, in a Worker and in tests.
const pureLayer = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'pure layer: no React' },
    { group: ['d3-selection', 'd3'], message: 'pure layer: import the d3 maths modules only' },
    { group: ['node:*', 'fs', 'path'], message: 'pure layer: no Node I/O' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench/.data', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'article text is data, never markup',
        },
      ],
    },
  },
  // plain JavaScript that runs in Node before anything compiles TypeScript (scripts/extract.mjs)
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['src/extract/**', 'src/model/**', 'src/timeline/**'],
    rules: { 'no-restricted-imports': ['error', pureLayer] },
  },
);
