import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Pins CI / FORCE_COLOR / NO_COLOR so Ink renders the same frames on a laptop and in CI.
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});
