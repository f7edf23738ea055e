// Unit, integration and contract tests on plain Node; the e2e specs run under Playwright instead.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    globalSetup: ['tests/support/runTempDir.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
