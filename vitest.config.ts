import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // vite-plugin-solid would otherwise pick jsdom; the engine and formula tests run in Node.
    environment: 'node',
    // Some golden cases run a loop to its 1,000,000-iteration limit; CI shares 2 cores with other work.
    testTimeout: 60_000,
    include: ['engine/**/*.test.ts', 'formula/**/*.test.ts', 'storage/**/*.test.ts', 'cli/**/*.test.ts', 'app/**/*.test.ts'],
  },
});
