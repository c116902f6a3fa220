import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The pure core and the testing arbitraries: no Node built-ins, runs anywhere.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { resolve: ['type-fest'] },
    external: ['fast-check'],
    treeshake: true,
    splitting: false,
  },
  {
    entry: { delivery: 'src/delivery/index.ts' },
    format: ['esm', 'cjs'],
    target: 'node18',
    platform: 'node',
    dts: { resolve: ['type-fest'] },
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    treeshake: true,
    splitting: false,
  },
])
