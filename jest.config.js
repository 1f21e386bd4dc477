/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Type errors are caught once by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  moduleFileExtensions: ['ts', 'js', 'json'],
};
