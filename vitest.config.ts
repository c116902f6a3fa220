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
          testTimeout: 600_000,
        },
      },
    ],
  },
})
