// How compile.c's compiler_dict builds a dict display, as far as the table size shows
// (sys.getsizeof). Items are grouped in chunks: up to 15 key/value pairs make one `BUILD_MAP n`
// (or BUILD_CONST_KEY_MAP n) — _PyDict_FromItems, presized by dict_new_presized(n, all keys
// exact str) —, 16 or more are `BUILD_MAP 0` + `MAP_ADD` in chunks of 17, and each `**m` is a
// DICT_UPDATE. The first chunk is the result; RefScope inserts everything into that one dict,
// which is what CPython does as long as every later chunk is a `**m` (a later chunk of pairs is
// a temporary dict merged in, whose sizing is not followed).

import type * as A from '../../../python/ast';
import type { PyDict } from '../../objects/dict';
import { DK_UNKNOWN, dkInsertNew, dkPresize, type DkState } from '../../objects/storage/dictKeys';

const STACK_USE_GUIDELINE = 30;

export interface DictDisplayPlan {
  /** the number of leading pairs forming the first chunk (0 when the display starts with `**`) */
  firstChunk: number;
  /** applied once the first chunk's pairs are in: the presized table, replayed */
  sizeFirstChunk(d: PyDict, allStr: boolean): void;
  /** false when a later chunk of pairs makes a temporary dict */
  followed: boolean;
  /**
   * for each pair, whether it is one of a chunk's pairs evaluated onto the stack before the chunk
   * is built (BUILD_MAP n / BUILD_CONST_KEY_MAP n: _PyDict_FromItems), and the last pair of its
   * chunk; a big chunk's pairs (BUILD_MAP 0 + MAP_ADD) go in one by one as evaluated
   */
  stacked: boolean[];
  chunkEnd: boolean[];
}

export function dictDisplayPlan(keys: (A.Expr | null)[]): DictDisplayPlan {
  // compiler_dict's grouping
  const chunks: { unpack: boolean; n: number }[] = [];
  let elements = 0;
  for (const k of keys) {
    if (k === null) {
      if (elements) chunks.push({ unpack: false, n: elements });
      elements = 0;
      chunks.push({ unpack: true, n: 1 });
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      chunks.push({ unpack: false, n: elements + 1 });
      elements = 0;
    } else elements++;
  }
  if (elements) chunks.push({ unpack: false, n: elements });
  const first = chunks.length > 0 && !chunks[0].unpack ? chunks[0].n : 0;
  const stacked: boolean[] = [];
  const chunkEnd: boolean[] = [];
  for (const c of chunks) {
    // compiler_subdict's `big`: n*2 > STACK_USE_GUIDELINE
    const onStack = !c.unpack && c.n * 2 <= STACK_USE_GUIDELINE;
    for (let j = 0; j < c.n; j++) {
      stacked.push(onStack);
      chunkEnd.push(j === c.n - 1);
    }
  }
  // up to 5 pairs dict_new_presized returns PyDict_New(): the one-by-one insertions already say it all
  const presized = first > 5 && first * 2 <= STACK_USE_GUIDELINE;
  return {
    firstChunk: first,
    followed: chunks.slice(1).every((c) => c.unpack),
    stacked,
    chunkEnd,
    sizeFirstChunk(d, allStr) {
      if (!presized || d.dk === DK_UNKNOWN) return;
      // replay the chunk's insertions into the presized table
      const s: DkState = { dk: 0, dkUsable: 0, dkNentries: 0, dkGeneral: false, used: 0 };
      dkPresize(s, first, allStr);
      for (const i of d.positions()) {
        dkInsertNew(s, typeof d.ks[i] === 'string');
        s.used++;
      }
      d.dk = s.dk;
      d.dkUsable = s.dkUsable;
      d.dkNentries = s.dkNentries;
      d.dkGeneral = s.dkGeneral;
    },
  };
}

