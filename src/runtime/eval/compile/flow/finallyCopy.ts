// A `finally` body is compiled twice by CPython (compiler_try_finally): the copy on the normal
// path, and the copy an exception runs, which follows PUSH_EXC_INFO and is reached only through
// the exception table, so optimize_load_fast (3.14) never borrows its loads (dis, 3.14.2). RefScope
// compiles the body a second time for the exception path with the body's own loads strong. A
// return / break / continue leaving the try runs a copy inlined before its jump
// (compiler_unwind_fblock), reached from the entry: borrowAnalysis.ts asks leavesByJump.

import type * as A from '../../../../python/ast';
import { exprChildren, stmtChildren } from '../../../../python/astWalk';
import { compileAsHandler, isSafeLoad } from '../borrowAnalysis';

/** the body's borrowed loads outside nested scopes (null: a nested scope, or nothing borrowed) */
function borrowedLoads(body: A.Stmt[]): Set<A.Name> | null {
  const out = new Set<A.Name>();
  let nested = false;
  const expr = (e: A.Expr): void => {
    if (e.kind === 'Lambda' || e.kind === 'Comprehension') nested = true;
    else if (e.kind === 'Name' && isSafeLoad(e)) out.add(e);
    else exprChildren(e).forEach(expr);
  };
  const stmt = (s: A.Stmt): void => {
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') {
      nested = true;
      return;
    }
    const c = stmtChildren(s);
    c.exprs.forEach(expr);
    c.stmts.forEach(stmt);
    for (const h of c.handlers) {
      if (h.type !== null) expr(h.type);
      h.body.forEach(stmt);
    }
  };
  body.forEach(stmt);
  // a nested scope would be compiled twice (its code object and constants): keep the one copy
  return nested || out.size === 0 ? null : out;
}

/** the finally body the exception path runs: `normal` itself when no load of it is borrowed */
export function compileFinallyOnError<T>(body: A.Stmt[], normal: T, compile: () => T): T {
  const names = borrowedLoads(body);
  return names === null ? normal : compileAsHandler(names, compile);
}

/** a return, or a break/continue of a loop around the statements, among them (not in nested scopes) */
export function leavesByJump(body: A.Stmt[], inLoop = false): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case 'Return':
        return true;
      case 'Break':
      case 'Continue':
        return !inLoop;
      case 'If':
      case 'With':
        return leavesByJump(s.body, inLoop) || (s.kind === 'If' && leavesByJump(s.orelse, inLoop));
      case 'For':
      case 'While':
        return leavesByJump(s.body, true) || leavesByJump(s.orelse, inLoop);
      case 'Try':
        // (a handler's jump runs a copy inlined in handler code)
        return [s.body, s.orelse, s.finalbody].some((b) => leavesByJump(b, inLoop));
      case 'Match':
        return s.cases.some((c) => leavesByJump(c.body, inLoop));
      default:
        return false;
    }
  });
}
