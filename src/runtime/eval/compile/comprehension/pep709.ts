// PEP 709 (3.12+), loaded only by a run under a version that inlines comprehensions (parts.ts):
// the symbol-table pass that inlines them (python/symtable/inline.ts) and their compiler
// (inlined.ts).

export { inlineComprehensions } from '../../../../python/symtable/inline';
export { compileInlinedComprehension } from './inlined';
