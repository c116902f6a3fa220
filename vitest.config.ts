import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['./test/testing/fastCheckSetup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.prop.test.ts', '**/node_modules/**'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.node.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'prop',
          include: ['src/**/*.prop.test.ts', 'test/**/*.prop.test.ts'],
          // Nightly-size runs (FC_NUM_RUNS=10000) take minutes per property: the delivery model
          // test alone needs about 12 minutes on a 2-core machine. The default run stays quick.
          testTimeout: 3_600_000,
        },
      },
    ],
  },
})
