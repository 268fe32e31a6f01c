// Which STORE_FAST and LOAD_FAST instructions Python/flowgraph.c's insert_superinstructions
// fuses into STORE_FAST_LOAD_FAST (a store followed in the same basic block, on the same line, by
// a load; both opargs below 16): a fused load is not one optimize_load_fast borrows (3.14). This
// file finds, over the AST, the Name a statement's code ends storing unfused and the Name whose
// load begins a statement's code; borrowAnalysis.ts pairs them (fuseStoreLoad).

import type * as A from '../../../../python/ast';

/** the name a statement's code ends storing with an unfused STORE_FAST (null: anything else) */
export function lastStore(s: A.Stmt): { id: string; line: number } | null {
  switch (s.kind) {
    case 'Assign': {
      const ts = s.targets;
      const t = ts[ts.length - 1];
      // `a = b = x`: the two last STORE_FASTs are fused into STORE_FAST_STORE_FAST
      if (ts.length === 1 && (t.kind === 'Tuple' || t.kind === 'List')) return unpackedLast(t, s.value);
      if (t.kind !== 'Name' || (ts.length > 1 && ts[ts.length - 2].kind === 'Name')) return null;
      return t;
    }
    case 'AugAssign':
      return s.target.kind === 'Name' ? s.target : null;
    case 'AnnAssign':
      return s.value !== null && s.target.kind === 'Name' ? s.target : null;
    case 'Import': {
      // IMPORT_NAME then the store; `import a.b as c` ends IMPORT_FROM, STORE_FAST c, POP_TOP
      // (codegen_import_as); `from m import a` always ends with POP_TOP (dis, 3.14.2)
      const a = s.names[s.names.length - 1];
      if (a.asname !== null && a.name.includes('.')) return null;
      return { id: a.asname ?? a.name.split('.')[0], line: s.line };
    }
    default:
      return null;
  }
}

/**
 * `a, b, c = t`: the STORE_FASTs after UNPACK_SEQUENCE pair up from the first (STORE_FAST_STORE_FAST);
 * an odd one out at the end is the statement's last store. A display of two or three values is
 * stored without a tuple, last target first (dis, 3.14.2: `p, q, r = T(), 1, 2` ends storing p);
 * one of more values is built (BUILD_TUPLE) and unpacked as any other value
 */
function unpackedLast(t: A.TupleExpr | A.ListExpr, value: A.Expr): A.Name | null {
  const seq: (A.Name | null)[] = [];
  const walk = (x: A.Expr): void => {
    if (x.kind === 'Name') seq.push(x);
    else if (x.kind === 'Tuple' || x.kind === 'List') {
      seq.push(null); // UNPACK_SEQUENCE
      x.elts.forEach(walk);
    } else seq.push(null);
  };
  const display = (value.kind === 'Tuple' || value.kind === 'List') && !value.elts.some((v) => v.kind === 'Starred') && value.elts.length <= 3;
  if (display) {
    if (t.elts.some((x) => x.kind === 'Starred') || value.elts.length !== t.elts.length) return null;
    for (const x of [...t.elts].reverse()) walk(x);
  } else {
    t.elts.forEach(walk);
  }
  let i = 0;
  let last: A.Name | null = null;
  while (i < seq.length) {
    if (seq[i] !== null && i + 1 < seq.length && seq[i + 1] !== null) {
      last = null;
      i += 2;
    } else {
      last = seq[i];
      i += 1;
    }
  }
  return last;
}

/** the Name whose LOAD_FAST is the first instruction of a statement's code in its block */
export function firstLoad(s: A.Stmt): A.Name | null {
  switch (s.kind) {
    case 'ExprStmt':
    case 'Assign':
      return firstLoadOf(s.value);
    case 'AugAssign':
      return s.target.kind === 'Name' ? s.target : s.target.kind === 'Attribute' || s.target.kind === 'Subscript' ? firstLoadOf(s.target.value) : null;
    case 'Return':
      return s.value === null ? null : firstLoadOf(s.value);
    case 'If':
    case 'Assert':
      return firstLoadOf(s.test);
    case 'For':
      return firstLoadOf(s.iter);
    default:
      return null;
  }
}

export function firstLoadOf(e: A.Expr | null): A.Name | null {
  if (e === null) return null;
  switch (e.kind) {
    case 'Name':
      return e;
    case 'Call':
      return firstLoadOf(e.func);
    case 'Attribute':
    case 'Subscript':
      return firstLoadOf(e.value);
    case 'BinOp':
    case 'Compare':
      return firstLoadOf(e.left);
    case 'UnaryOp':
      return firstLoadOf(e.operand);
    case 'BoolOp':
      return firstLoadOf(e.values[0]);
    case 'IfExp':
      return firstLoadOf(e.test);
    default:
      return null;
  }
}
