// How compile.c's starunpack_helper builds a list display, as far as the list's capacity shows
// (sys.getsizeof): `BUILD_LIST n` for up to 30 items (exactly n slots); a display of three or
// more constants folded to `BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND` (list_extend from a
// tuple: list_preallocate_exact); more than 30 items `BUILD_LIST 0` + `LIST_APPEND` each.
// Displays with `*` unpacking, or items the AST optimizer may or may not fold, are not followed.

import type * as A from '../../../python/ast';
import type { PyList } from '../../objects/list';
import { ALLOC_NULL, ALLOC_UNKNOWN, appendSlots, appendedFromNullAlloc, exactAlloc, extendIterSlots, extendSeqSlots, extendedFromNullAlloc } from '../../objects/storage/listResize';
import { hintOf } from '../lengthHint';
import type { StarSource } from './displays';

const STACK_USE_GUIDELINE = 30;
const LEAF_CONSTANTS = new Set(['Int', 'Float', 'Str', 'Bool', 'None', 'Ellipsis', 'Imag']);
/** kinds ast_opt.c may fold into a constant (depending on operands and size limits) */
const MAYBE_FOLDED = new Set(['UnaryOp', 'BinOp', 'Subscript', 'FString']);

/** 'const' when the optimizer makes it a constant, 'var' when it cannot, null when unsure */
export function constness(e: A.Expr): 'const' | 'var' | null {
  if (LEAF_CONSTANTS.has(e.kind)) return 'const';
  if (e.kind === 'Tuple') {
    let r: 'const' | 'var' | null = 'const';
    for (const x of e.elts) {
      const c = constness(x);
      if (c === 'var' || x.kind === 'Starred') return 'var';
      if (c === null) r = null;
    }
    return r;
  }
  if (e.kind === 'UnaryOp' && e.op !== 'not' && (e.operand.kind === 'Int' || e.operand.kind === 'Float' || e.operand.kind === 'Imag')) return 'const';
  if (MAYBE_FOLDED.has(e.kind)) return null;
  return 'var';
}

/** the capacity bookkeeping for a list display's result, applied once its items are in */
/** whether all of a display's items are constants ('const'), some cannot be ('var'), or unsure (null) */
export function allConstant(elts: A.Expr[]): 'const' | 'var' | null {
  let all: 'const' | 'var' | null = 'const';
  for (const x of elts) {
    const c = constness(x);
    if (c === 'var') return 'var';
    if (c === null) all = null;
  }
  return all;
}

export function listDisplaySizer(elts: A.Expr[]): (l: PyList) => PyList {
  const n = elts.length;
  const all = allConstant(elts);
  if (n > 2 && all === null) return (l) => l;
  if (n > 2 && all === 'const') return extendedFromNullAlloc;
  if (n <= STACK_USE_GUIDELINE) return exactAlloc;
  return appendedFromNullAlloc;
}

/**
 * A display with `*` items: the list is built at the first star (`BUILD_LIST i`, or `BUILD_LIST
 * 0` up front when the display is big), then each later item is a LIST_APPEND and each `*` a
 * LIST_EXTEND; `stars` says what each `*` unpacked.
 */
export function starredListSizer(elts: A.Expr[]): (l: PyList, stars: StarSource[]) => PyList {
  const n = elts.length;
  const big = n > STACK_USE_GUIDELINE;
  const first = elts.findIndex((x) => x.kind === 'Starred');
  return (l, stars) => {
    let a = big ? ALLOC_NULL : first === 0 ? ALLOC_NULL : first;
    let size = big ? 0 : first;
    let s = 0;
    for (let i = big ? 0 : first; i < n && a !== ALLOC_UNKNOWN; i++) {
      if (elts[i].kind === 'Starred') {
        const { src, k } = stars[s++];
        a = src !== null && src.kind === 'seq' ? extendSeqSlots(a, size, k) : extendIterSlots(a, size, hintOf(src, k), k);
        size += k;
      } else {
        a = appendSlots(a, size);
        size++;
      }
    }
    l.alloc = a;
    l.sized = l.items.length;
    return l;
  };
}
