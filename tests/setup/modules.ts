// Vitest runs programs synchronously: load all the code fetched on first use (the standard
// library's modules, the interpreter's rarer parts) before the tests; the page's worker and the
// CLI load only what a program needs (src/runtime/onDemand.ts).
import '../../src/runtime/eval/interpreter';
import { loadAllCode } from '../../src/runtime/onDemand';

await loadAllCode();
