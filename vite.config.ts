import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  // Monaco is one big lazily loaded chunk by design (bundled, never from a CDN)
  build: { chunkSizeWarningLimit: 4000 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/diff/**/*.test.ts'],
    setupFiles: ['tests/setup/modules.ts'],
    environment: 'node',
    testTimeout: 60000,
    // forks with a deeper JS stack: deep Python recursion (RecursionError at depth 1000) must fit
    pool: 'forks',
    execArgv: ['--stack-size=4000'],
    maxWorkers: 2,
  },
});
