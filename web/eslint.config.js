import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import root from '../eslint.config.js';

// The repository's rules, plus React's hook rules and accessibility checks for the browser code of the web app.
export default [
  ...root,
  { ignores: ['build/**', '.cache/**'] },
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  { files: ['**/*.{ts,tsx}'], ...jsxA11y.flatConfigs.recommended },
  { files: ['app/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
];
