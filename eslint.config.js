// Lint rules for the whole project. The block for app/sim keeps the model pure: no view, platform,
// i18n, DOM, wall-clock or unseeded randomness (the same idea as PhET's model/view lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything outside the model reaches it through app/sim/index.ts (the renderer through game/sim-api.ts),
    // so a rule is computed in one place and shown the same everywhere.
    files: ['app/renderer/**/*.ts', 'app/main/**/*.ts', 'app/preload/**/*.ts', 'app/shared/**/*.ts'],
    ignores: ['app/renderer/game/sim-api.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/sim/*', '!**/sim/index', '!**/sim'], message: 'Import the model only through app/sim/index.ts (in the renderer: game/sim-api.ts).' }],
      }],
    },
  },
  {
    files: ['app/sim/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['phaser', 'electron', 'i18next', 'chart.js'].map((name) => ({ name, message: 'app/sim is the pure model: no view, platform or i18n imports.' })),
        patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**', 'node:*'], message: 'app/sim must not depend on views, Electron or Node APIs.' }],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'performance', 'process', 'setTimeout', 'setInterval'].map((name) => ({ name, message: 'app/sim is pure: no DOM, timers or platform globals.' })),
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in the game state.' },
        { object: 'Date', property: 'now', message: 'The model has no wall clock.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The model has no wall clock.' }],
    },
  },
);
