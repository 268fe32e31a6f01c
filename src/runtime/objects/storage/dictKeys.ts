// The size of a dict's keys table as CPython 3.11's Objects/dictobject.c keeps it, for
// sys.getsizeof: Py_EMPTY_KEYS until the first insertion (insert_to_emptydict: 8 slots), the
// unicode-keys or general kind (16- or 24-byte entries), dk_usable and dk_nentries (a deletion
// frees nothing; an insertion with no usable entry left calls insertion_resize), dictresize's
// calculate_log2_keysize(used * 3), _PyDict_NewPresized (displays), clone_combined_dict_keys
// (copy, dict(d), {**d}) and dict_merge's one resize up front. A dict whose history RefScope
// does not follow (instance, module and frame dicts...) has dk = DK_UNKNOWN.

/** the fields of a dict this file keeps (PyDict has them; a plain object can stand in) */
export interface DkState {
  /** log2 of the table size; 0 for the shared empty keys; DK_UNKNOWN when not followed */
  dk: number;
  dkUsable: number;
  /** dk_nentries; -1 when unknown (after popitem) */
  dkNentries: number;
  /** DICT_KEYS_GENERAL (a key other than an exact str was ever stored since the last resize) */
  dkGeneral: boolean;
  used: number;
}

export const DK_UNKNOWN = -1;
const LOG2_MINSIZE = 3;

const usableFraction = (n: number): number => Math.floor((n * 2) / 3);
const bitLength = (x: number): number => 32 - Math.clz32(x);

/** calculate_log2_keysize */
export function calculateLog2Keysize(minsize: number): number {
  const m = (minsize | 8) - 1;
  return bitLength(m | 7);
}

/** estimate_log2_keysize: room for n entries */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** dictresize(mp, log2, unicode): a new table holding the `used` live entries */
export function dictresize(d: DkState, log2: number, unicode: boolean): void {
  if (d.dk === DK_UNKNOWN) return;
  d.dkGeneral = d.dkGeneral || !unicode;
  d.dk = log2;
  d.dkNentries = d.used;
  d.dkUsable = usableFraction(1 << log2) - d.used;
}

/** insertdict's check before the lookup: a key that is not an exact str makes the table general */
export function dkStoreKey(d: DkState, strKey: boolean): void {
  if (!strKey && d.dk > 0 && !d.dkGeneral) dictresize(d, calculateLog2Keysize(d.used * 3), false);
}

/** a new entry is about to be added (call before `used` grows) */
export function dkInsertNew(d: DkState, strKey: boolean): void {
  if (d.dk === DK_UNKNOWN) return;
  if (d.dk === 0) {
    // insert_to_emptydict
    d.dk = LOG2_MINSIZE;
    d.dkGeneral = !strKey;
    d.dkUsable = usableFraction(1 << LOG2_MINSIZE);
    d.dkNentries = 0;
  } else {
    dkStoreKey(d, strKey);
    if (d.dkUsable <= 0) dictresize(d, calculateLog2Keysize(d.used * 3), true);
  }
  d.dkUsable--;
  if (d.dkNentries >= 0) d.dkNentries++;
}

/** PyDict_Clear: back to the shared empty keys */
export function dkClear(d: DkState): void {
  if (d.dk === DK_UNKNOWN) return;
  d.dk = 0;
  d.dkUsable = 0;
  d.dkNentries = 0;
  d.dkGeneral = false;
}

/** dict_new_presized(n, unicode) for an empty dict (BUILD_MAP n, BUILD_CONST_KEY_MAP n) */
export function dkPresize(d: DkState, n: number, unicode: boolean): void {
  if (d.dk === DK_UNKNOWN || n <= usableFraction(8)) return;
  const log2 = n > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(n);
  d.dk = log2;
  d.dkGeneral = !unicode;
  d.dkNentries = 0;
  d.dkUsable = usableFraction(1 << log2);
}

/** clone_combined_dict_keys: the copy gets the same table */
export function dkClone(dst: DkState, src: DkState): void {
  dst.dk = src.dk;
  dst.dkUsable = src.dkUsable;
  dst.dkNentries = src.dkNentries;
  dst.dkGeneral = src.dkGeneral;
}

/** the state a dict's sizing is in when RefScope does not know it */
export function dkForget(d: DkState): void {
  d.dk = DK_UNKNOWN;
}

/**
 * dict_merge(a, b) where b is a dict, before b's entries are inserted one by one: returns
 * true when a, empty, is to take a clone of b's table once the entries are in.
 */
export function dkMergeStart(a: DkState, b: DkState): boolean {
  if (a === b || b.used === 0 || a.dk === DK_UNKNOWN) return false;
  if (b.dk === DK_UNKNOWN || b.dkNentries < 0) {
    a.dk = DK_UNKNOWN;
    return false;
  }
  if (a.used === 0 && b.used === b.dkNentries && (b.dk === LOG2_MINSIZE || usableFraction((1 << b.dk) >> 1) < b.used)) return true;
  const size = a.dk === 0 ? 1 : 1 << a.dk;
  if (usableFraction(size) < b.used) dictresize(a, estimateLog2Keysize(a.used + b.used), !b.dkGeneral);
  return false;
}

/** PyDict_Copy's choice: clone the table when at most a third of the entries are deleted */
export function dkCopyClones(src: DkState): boolean | null {
  if (src.dk === DK_UNKNOWN || src.dkNentries < 0) return null;
  return src.used > 0 && src.used >= Math.floor((src.dkNentries * 2) / 3);
}

/** _PyDict_SizeOf + the GC header: 64 for the object, the keys table when it is its own */
export function dictSizeof(d: DkState): number | null {
  if (d.dk === DK_UNKNOWN) return null;
  if (d.dk === 0) return 64;
  const size = 1 << d.dk;
  const indexBytes = d.dk < 8 ? 1 : d.dk < 16 ? 2 : d.dk < 32 ? 4 : 8;
  return 64 + 32 + size * indexBytes + usableFraction(size) * (d.dkGeneral ? 24 : 16);
}
