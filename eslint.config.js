// ESLint (flat config): typescript-eslint's recommended rules without type information (fast), and the rules
// that keep page text and user input out of HTML and code parsers. `npm run lint` runs it, then
// scripts/check-imports.ts (import cycles and the layers' direction).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** APIs that parse a string as HTML: page text and the user's input reach the DOM only as text. */
const HTML_PARSERS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe'].map((property) => ({
  property,
  message: 'Parses a string as HTML: build elements with createElement and textContent (h() in src/ui).',
}));

export default defineConfig(
  { ignores: ['dist/', '**/.output/', '**/.wxt/', 'node_modules/', 'tests/pages/', 'docs/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // TypeScript checks names; these are declared only so that no-implied-eval knows the timers are the global ones.
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', window: 'readonly', globalThis: 'readonly' } },
    rules: {
      'no-restricted-properties': [
        'error',
        ...HTML_PARSERS,
        { object: 'document', property: 'write', message: 'document.write parses a string as HTML.' },
        { object: 'document', property: 'writeln', message: 'document.writeln parses a string as HTML.' },
        { object: 'Document', property: 'parseHTMLUnsafe', message: 'Parses a string as HTML.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='DOMParser']", message: 'DOMParser parses a string as HTML.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Configured to the codebase's habits rather than rewriting it:
      // a leading _ marks a value left out on purpose (`const { paused: _paused, ...rest } = …`);
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `{}` is the protocol's "no payload" (src/messaging/messages.ts);
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
      // the folding and output code matches control characters (ANSI colours, C0 controls) on purpose;
      'no-control-regex': 'off',
      // and these two flag harmless style (a redundant escape, a defensive first value), not bugs.
      'no-useless-escape': 'off',
      'no-useless-assignment': 'off',
    },
  },
  {
    // Tests may build hostile pages from strings; the extension and the command never do.
    files: ['**/*.test.ts', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off', 'no-misleading-character-class': 'off' },
  },
);
