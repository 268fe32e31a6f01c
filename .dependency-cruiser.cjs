// The layering of docs/ARCHITECTURE.md, enforced in `npm test` (npm run test:layers):
//   ui → store/share/lessons → worker/cli → trace → runtime → python
// Every rule forbids an import that runs back up the layers.
const layer = (name, forbidden, comment) => ({
  name: `no-${name}-upward`,
  comment,
  severity: 'error',
  from: { path: `^src/(${name})/` },
  to: { path: `^src/(${forbidden.join('|')})/` },
});

module.exports = {
  forbidden: [
    layer('python', ['runtime', 'trace', 'worker', 'cli', 'store', 'share', 'lessons', 'ui'], 'the parser knows nothing of the heap'),
    layer('runtime', ['trace', 'worker', 'cli', 'store', 'share', 'lessons', 'ui'], 'the simulated CPython reports through its observer, never reaching up'),
    layer('trace', ['worker', 'cli', 'store', 'share', 'lessons', 'ui'], 'the trace records and replays; it serves the worker and the CLI'),
    layer('worker', ['cli', 'store', 'share', 'lessons', 'ui'], 'the worker runs the engine for the page'),
    layer('cli', ['worker', 'store', 'share', 'lessons', 'ui'], 'the command line runs the engine in Node'),
    layer('lessons', ['store', 'share', 'ui', 'worker', 'cli'], 'lessons are content: plain files and their parser'),
    layer('store', ['ui'], 'the store holds UI state without React components'),
    layer('share', ['ui'], 'permalinks are pure functions over the store'),
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      // a relative import that resolves to nothing (packages' subpaths are left to the bundler)
      to: { couldNotResolve: true, path: '^[.]' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.css'] },
  },
};
