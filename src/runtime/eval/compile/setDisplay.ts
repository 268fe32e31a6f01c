// A set display as compile.c's starunpack_helper builds it, which decides the table's size and
// layout: `BUILD_SET n` adds the items one by one; three or more constants become a constant
// frozenset merged into an empty set (`BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`:
// set_merge presizes, then copies slot for slot or inserts clean). With `*` items, or items the
// AST optimizer may or may not fold, the table is built one by one and its size not claimed.

import type * as A from '../../../python/ast';
import { PySet, newSet, simulatedTable } from '../../objects/set';
import { setMerge } from '../../objects/storage/setOps';
import { allConstant } from './listDisplay';

export type SetDisplayKind = 'added' | 'frozen-constant' | 'not-followed';

export function setDisplayKind(elts: A.Expr[]): SetDisplayKind {
  if (elts.some((x) => x.kind === 'Starred')) return 'not-followed';
  if (elts.length <= 2) return 'added';
  const all = allConstant(elts);
  return all === 'const' ? 'frozen-constant' : all === 'var' ? 'added' : 'not-followed';
}

/** the display's set from its evaluated items (borrowed) */
export function buildSetDisplay(kind: SetDisplayKind, vals: unknown[]): PySet {
  if (kind !== 'frozen-constant') {
    const s = newSet(vals);
    if (kind === 'not-followed') s.sizeKnown = false;
    return s;
  }
  const s = newSet();
  setMerge(s, simulatedTable(vals));
  return s;
}
