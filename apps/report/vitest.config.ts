import { defineConfig } from 'vitest/config';

// Tests spawn the built bin (and a browser); on a shared two-core machine one run can take seconds.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
