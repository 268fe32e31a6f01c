// Vitest runs programs synchronously: load all the code fetched on first use (the standard
// library's modules, the interpreter's rarer parts) before the tests; the page's worker and the
// CLI load only what a program needs (src/runtime/onDemand.ts).
import '../../src/runtime/eval/interpreter';
import { loadAllCode } from '../../src/runtime/onDemand';

await loadAllCode();

// permalinks: the page fetches lz-string before it first reads or writes one (share/link.ts)
const { loadLinkCodec } = await import('../../src/share/link');
await loadLinkCodec();
