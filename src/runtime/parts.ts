// The interpreter's rarer parts, fetched on first use (see onDemand.ts): the compiler of
// generator bodies (compile/genStmt.ts, genExpr.ts), the `match` statement's compiler
// (compile/patterns.ts), exec()/eval()/compile() on strings (builtins/execEval.ts), CPython
// 3.11's recorded start-up reference counts of the shared objects (startupRefcounts311.ts),
// 3.12+'s recorded import costs (modules/importCosts.generated.ts), dir() and the "Did you
// mean" hints of NameError and AttributeError (suggest.ts), the format mini-language, % and
// str.format (format.ts), sys.getsizeof (objects/sizeof.ts), str.encode/bytes.decode
// (builtins/methods/codecs.ts), annotations (compile/annotate.ts),
// the parser's invalid_* rules and match statement (python/peg/invalidAll.ts, matchAll.ts)
// 3.14's borrowed-load analysis (compile/borrowAnalysis.ts), 3.12+'s inlined comprehensions
// (compile/comprehension/pep709.ts), 3.13's __static_attributes__
// (python/staticAttributes.ts), 3.12+'s import replay (modules/importCosts.ts), complex
// arithmetic, hash and complex() (objects/complex/complexOps.ts), calling a metaclass the
// program defined or type(name, bases, dict) (objects/typeobject/metaclassCall.ts), and the
// compilers of the with statement (compile/with.ts), of try and raise (compile/exceptions.ts) and
// of f(*args, **kw) (compile/callEx.ts), and sys._getframe with frame objects' attributes
// (eval/frameAccess.ts), list.sort (listsort and its merges: objects/storage/listSort.ts) and
// object.__setattr__ and its kin (builtins/methods/object.ts). The
// command line and the tests load them all before running; the page's worker when a run first
// reaches one.

import { need, onDemand, registerLoader } from './onDemand';

export const generatorsPart = onDemand('part:generators', () => import('./eval/compile/genStmt'));
export const startupRefcountsPart = onDemand('part:startup-refcounts', () => import('./startupRefcounts311'));
export const importCostsPart = onDemand('part:import-costs', () => import('./modules/importCosts.generated'));
export const staticAttributesPart = onDemand('part:static-attributes', () => import('../python/staticAttributes'));
export const importReplayPart = onDemand('part:import-replay', () => import('./modules/importCosts'));
export const complexPart = onDemand('part:complex', () => import('./objects/complex/complexOps'));
export const metaclassPart = onDemand('part:metaclass', () => import('./objects/typeobject/metaclassCall'));
export const withPart = onDemand('part:with', () => import('./eval/compile/with'));
export const tryPart = onDemand('part:try', () => import('./eval/compile/exceptions'));
export const callExPart = onDemand('part:call-ex', () => import('./eval/compile/callEx'));
export const framePart = onDemand('part:frame', () => import('./eval/frameAccess'));
export const specializePart = onDemand('part:specialize', () => import('./eval/specialize/sites'));
export const listSortPart = onDemand('part:list-sort', () => import('./objects/storage/listSort'));
export const objectSlotsPart = onDemand('part:object-slots', () => import('./builtins/methods/object'));
export const suggestPart = onDemand('part:suggest', () => import('./eval/suggest'));
export const formatPart = onDemand('part:format', () => import('./eval/format'));
export const sizeofPart = onDemand('part:sizeof', () => import('./objects/sizeof'));
export const codecsPart = onDemand('part:codecs', () => import('./builtins/methods/codecs'));
export const annotatePart = onDemand('part:annotations', () => import('./eval/compile/annotate'));
export const matchPart = onDemand('part:match', () => import('./eval/compile/patterns'));
export const borrowPart = onDemand('part:borrow', () => import('./eval/compile/borrowAnalysis'));
export const pep709Part = onDemand('part:pep709', () => import('./eval/compile/comprehension/pep709'));
export const execPart = onDemand('part:exec', () => import('./builtins/execEval'));

// the parser's invalid_* rules (its second pass, after a syntax error) and its match statement:
// they install themselves into python/peg/lateRules.ts when loaded
registerLoader('part:syntax-errors', () => import('../python/peg/invalidAll'));
registerLoader('part:match-grammar', () => import('../python/peg/matchAll'));

/** a parse that needed grammar rules not loaded yet (ParseResult.needsRules): load them, parse again */
export function needParserRules(part: 'syntax-errors' | 'match'): never {
  return need(part === 'match' ? 'part:match-grammar' : 'part:syntax-errors');
}
