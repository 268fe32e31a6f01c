import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { parseLessonHeader } from './src/lessons/parse.ts';

/**
 * `LESSON.py?lesson-header`: a module holding only the lesson file's header line as
 * {order, slug, title}, so the page's first chunk lists every lesson without carrying their
 * texts (src/lessons/index.ts loads those on demand).
 */
function lessonHeaders(): Plugin {
  return {
    name: 'refscope-lesson-headers',
    enforce: 'pre',
    load(id) {
      const q = id.indexOf('?');
      if (q < 0 || !new URLSearchParams(id.slice(q + 1)).has('lesson-header')) return null;
      const file = id.slice(0, q);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(parseLessonHeader(readFileSync(file, 'utf8')))};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), lessonHeaders()],
  base: './',
  worker: {
    format: 'es',
    // what the engine worker loads before its first run is one chunk (compressed as one), not the
    // dozen small shared chunks automatic splitting makes beside the parts loaded on first use
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'engine-core', tags: ['$initial'] }] } } },
  },
  // Monaco is one big lazily loaded chunk by design (bundled, never from a CDN)
  build: {
    chunkSizeWarningLimit: 4000,
    // every browser the page supports preloads modules itself (no polyfill in the first chunk)
    modulePreload: { polyfill: false },
    // the page's first chunk holds all it loads at once (the store was a chunk of its own)
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
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
