// The interpreter's rarer parts, fetched on first use (see onDemand.ts): the compiler of
// generator bodies (compile/genStmt.ts, genExpr.ts), the `match` statement's compiler
// (compile/patterns.ts), exec()/eval()/compile() on strings (builtins/execEval.ts), CPython
// 3.11's recorded start-up reference counts of the shared objects (startupRefcounts311.ts),
// 3.12+'s recorded import costs (modules/importCosts.generated.ts), dir() and the "Did you
// mean" hints of NameError and AttributeError (suggest.ts), the format mini-language, % and
// str.format (format.ts), sys.getsizeof (objects/sizeof.ts), str.encode/bytes.decode
// (builtins/methods/codecs.ts), annotations (compile/annotate.ts),
// the parser's invalid_* rules and match statement (python/peg/invalidAll.ts, matchAll.ts)
// and 3.14's borrowed-load analysis (compile/borrowAnalysis.ts). The
// command line and the tests load them all before running; the page's worker when a run first
// reaches one.

import { need, registerLoader } from './onDemand';
import type * as Patterns from './eval/compile/patterns';
import type * as Borrow from './eval/compile/borrowAnalysis';
import type * as ExecEval from './builtins/execEval';
import type * as GenStmt from './eval/compile/genStmt';
import type * as StartupRefcounts from './startupRefcounts311';
import type * as ImportCosts from './modules/importCosts.generated';
import type * as Suggest from './eval/suggest';
import type * as Format from './eval/format';
import type * as Sizeof from './objects/sizeof';
import type * as Codecs from './builtins/methods/codecs';
import type * as Annotate from './eval/compile/annotate';

let patterns: typeof Patterns | null = null;
let borrow: typeof Borrow | null = null;
let execEval: typeof ExecEval | null = null;
let generators: typeof GenStmt | null = null;
let startupRefcounts: typeof StartupRefcounts | null = null;
let importCosts: typeof ImportCosts | null = null;
let suggest: typeof Suggest | null = null;
let format: typeof Format | null = null;
let sizeof: typeof Sizeof | null = null;
let codecs: typeof Codecs | null = null;
let annotate: typeof Annotate | null = null;

registerLoader('part:generators', async () => {
  generators = await import('./eval/compile/genStmt');
});
registerLoader('part:startup-refcounts', async () => {
  startupRefcounts = await import('./startupRefcounts311');
});
// the parser's invalid_* rules (its second pass, after a syntax error) and its match statement
registerLoader('part:syntax-errors', () => import('../python/peg/invalidAll'));
registerLoader('part:match-grammar', () => import('../python/peg/matchAll'));
registerLoader('part:import-costs', async () => {
  importCosts = await import('./modules/importCosts.generated');
});
registerLoader('part:suggest', async () => {
  suggest = await import('./eval/suggest');
});
registerLoader('part:format', async () => {
  format = await import('./eval/format');
});
registerLoader('part:sizeof', async () => {
  sizeof = await import('./objects/sizeof');
});
registerLoader('part:codecs', async () => {
  codecs = await import('./builtins/methods/codecs');
});
registerLoader('part:annotations', async () => {
  annotate = await import('./eval/compile/annotate');
});
registerLoader('part:match', async () => {
  patterns = await import('./eval/compile/patterns');
});
registerLoader('part:borrow', async () => {
  borrow = await import('./eval/compile/borrowAnalysis');
});
registerLoader('part:exec', async () => {
  execEval = await import('./builtins/execEval');
});

export function matchPart(): typeof Patterns {
  return patterns ?? need('part:match');
}

export function borrowPart(): typeof Borrow {
  return borrow ?? need('part:borrow');
}

export function execPart(): typeof ExecEval {
  return execEval ?? need('part:exec');
}

export function generatorsPart(): typeof GenStmt {
  return generators ?? need('part:generators');
}

export function startupRefcountsPart(): typeof StartupRefcounts {
  return startupRefcounts ?? need('part:startup-refcounts');
}

/** a parse that needed grammar rules not loaded yet (ParseResult.needsRules): load them, parse again */
export function needParserRules(part: 'syntax-errors' | 'match'): never {
  return need(part === 'match' ? 'part:match-grammar' : 'part:syntax-errors');
}

export function importCostsPart(): typeof ImportCosts {
  return importCosts ?? need('part:import-costs');
}

export function suggestPart(): typeof Suggest {
  return suggest ?? need('part:suggest');
}

export function formatPart(): typeof Format {
  return format ?? need('part:format');
}

export function sizeofPart(): typeof Sizeof {
  return sizeof ?? need('part:sizeof');
}

export function codecsPart(): typeof Codecs {
  return codecs ?? need('part:codecs');
}

export function annotatePart(): typeof Annotate {
  return annotate ?? need('part:annotations');
}
