// list_extend and list___init__ (Objects/listobject.c) with the capacity bookkeeping of
// objects/listResize.ts: a list or tuple source is copied after one resize; anything else is
// iterated, the list having made room for its length hint first and cut back afterwards.

import { PyList } from '../objects/list';
import { incref, obs } from '../objects/object';
import { iterToArray } from '../objects/iter';
import { ALLOC_UNKNOWN, listExtendIterAlloc, listExtendSeqAlloc, listInitAlloc } from '../objects/storage/listResize';
import { extendSource, hintOf, iterWithHint } from '../eval/lengthHint';
import { PyInstance } from '../objects/instance';

/** list.extend(iterable), LIST_EXTEND, `+=`: the list takes new references to the items */
export function listExtend(l: PyList, iterable: unknown): void {
  const src = extendSource(iterable);
  if (src !== null && src.kind === 'seq') {
    const items = (iterable as PyList).items;
    const add = items.map(incref);
    listExtendSeqAlloc(l, add.length);
    for (const v of add) l.items.push(v);
  } else {
    const m = l.items.length;
    // an instance of a Python class: PyObject_GetIter, then PyObject_LengthHint(iterable, 8) runs its __len__ or __length_hint__
    const user = src === null && iterable instanceof PyInstance ? iterWithHint(iterable, 8) : null;
    const add = user !== null ? user.items : iterToArray(iterable);
    if (l.items.length !== m) l.alloc = ALLOC_UNKNOWN;
    listExtendIterAlloc(l, m, user !== null ? user.hint : hintOf(src, add.length), add.length);
    for (const v of add) l.items.push(v);
  }
  if (obs !== null) obs.mutate(l);
}

/** list(iterable) / PySequence_List on a new empty list: list___init__'s preallocation, then extend */
export function listInit(l: PyList, iterable: unknown): void {
  const src = extendSource(iterable);
  if (src !== null && (src.kind === 'seq' || src.kind === 'len')) listInitAlloc(l, src.n);
  listExtend(l, iterable);
}
