/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Type errors are caught once by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  moduleFileExtensions: ['ts', 'js', 'json'],
  // A test that makes anything print to console.error / console.warn fails (test/support/console-guard.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/console-guard.ts'],
};
