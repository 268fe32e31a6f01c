// The set algorithms of Objects/setobject.c (3.11) that decide a result's table size and
// layout: set_merge (presize, copy slot for slot into an empty table of the same size, or
// insert clean), set_update_internal (a set, an exact dict with its presize, any iterable),
// set_copy, set_intersection, set_difference (with set_copy_and_difference),
// set_difference_update_internal (and its resize when over a quarter are dummies),
// set_symmetric_difference_update and the in-place intersection through set_swap_bodies.

import { PySet, newSet, tableEntries, type SetTable } from '../set';
import { PyDict } from '../dict';
import { keyOf } from '../keys';
import { decref, incref, obs } from '../object';
import { iterToArray } from '../iter';
import { typeOf } from '../typeobject/typeOf';
import { T_dict } from '../builtinTypes';
import { pyHash } from '../../eval/protocols';

/** set_merge(so, other) */
export function setMerge(so: PySet, other: SetTable): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) so.resize((so.used + other.used) * 2);
  const entries = tableEntries(other);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    // an empty table of the same size and no dummies to drop: the same slots
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined) {
        so.keys[i] = incref(k);
        so.hashes[i] = other.hashes[i];
      }
    }
    so.fill = other.used;
    so.used = other.used;
    so.version++;
    if (obs !== null) obs.mutate(so);
    return;
  }
  if (so.fill === 0) {
    // set_insert_clean into the empty table, in the other table's order
    for (const [k, h] of entries) {
      const j = -so.findSlot(k, h, true) - 1;
      so.keys[j] = incref(k);
      so.hashes[j] = h;
    }
    so.fill = other.used;
    so.used = other.used;
    so.version++;
    if (obs !== null) obs.mutate(so);
    return;
  }
  for (const [k, h] of entries) so.addHashed(k, h);
}

/** set_update_internal(so, iterable) */
export function setUpdateInternal(so: PySet, other: unknown): void {
  if (other instanceof PySet) return setMerge(so, other);
  if (other instanceof PyDict && typeOf(other) === T_dict && !other.inline) {
    const n = other.used;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    // _PyDict_Next's stored hashes: no __hash__ call
    for (const k of other.keysArray()) so.addHashed(k, dictEntryHash(other, k));
    return;
  }
  // one item at a time: each released once added, as PyIter_Next's references are
  const items = iterToArray(other);
  let i = 0;
  try {
    for (; i < items.length; i++) {
      so.add(items[i]);
      decref(items[i]);
    }
  } finally {
    for (; i < items.length; i++) decref(items[i]);
  }
}

/** make_new_set(type, iterable): a new set (or frozenset) updated from the iterable */
export function makeNewSet(frozen: boolean, iterable: unknown | undefined): PySet {
  const s = newSet([], frozen);
  if (iterable !== undefined) {
    try {
      setUpdateInternal(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** set_copy: make_new_set_basetype(type(so), so) */
export function setCopy(so: PySet): PySet {
  return makeNewSet(so.frozen, so);
}

/** set_intersection(so, other) */
export function setIntersection(so: PySet, other: unknown): PySet {
  if (so === other) return setCopy(so);
  const result = newSet([], so.frozen);
  if (other instanceof PySet) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, h] of b.entries()) if (a.findSlot(k, h) >= 0) result.addHashed(k, h);
    return result;
  }
  const items = iterToArray(other);
  try {
    for (const k of items) {
      const h = pyHash(k);
      if (so.findSlot(k, h) >= 0) result.addHashed(k, h);
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    for (const k of items) decref(k);
  }
  return result;
}

/** set_intersection_multi: intersection(*others) */
export function setIntersectionMulti(so: PySet, others: unknown[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result = incref(so);
  for (const o of others) {
    try {
      const next = setIntersection(result, o);
      decref(result);
      result = next;
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
}

/** set_intersection_update_multi: the intersection's table becomes so's */
export function setIntersectionUpdate(so: PySet, others: unknown[]): void {
  const tmp = setIntersectionMulti(so, others);
  so.swapBodies(tmp);
  decref(tmp);
}

/** set_difference_update_internal(so, other) */
export function setDifferenceUpdateInternal(so: PySet, other: unknown): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PySet) {
    for (const [k, h] of other.entries()) so.discardHashed(k, h);
  } else {
    const items = iterToArray(other);
    try {
      for (const k of items) so.discard(k);
    } finally {
      for (const k of items) decref(k);
    }
  }
  // more than a quarter dummies: resize them away
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_copy_and_difference */
function setCopyAndDifference(so: PySet, other: unknown): PySet {
  const result = setCopy(so);
  try {
    setDifferenceUpdateInternal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_difference(so, other) */
export function setDifference(so: PySet, other: unknown): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && typeOf(other) === T_dict && !other.inline) otherSize = other.used;
  else return setCopyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = newSet([], so.frozen);
  if (other instanceof PyDict) {
    // _PyDict_Contains_KnownHash: the set's stored hash
    for (const [k, h] of so.entries()) if (!dictHasKnown(other, k, h)) result.addHashed(k, h);
    return result;
  }
  const o = other as PySet;
  for (const [k, h] of so.entries()) if (o.findSlot(k, h) < 0) result.addHashed(k, h);
  return result;
}

/** set_difference_multi: difference(*others) */
export function setDifferenceMulti(so: PySet, others: unknown[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  try {
    for (let i = 1; i < others.length; i++) setDifferenceUpdateInternal(result, others[i]);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update(so, other) */
export function setSymmetricDifferenceUpdate(so: PySet, other: unknown): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && typeOf(other) === T_dict && !other.inline) {
    // _PyDict_Next with the stored hashes, each key held while it is discarded or added
    for (const k of other.keysArray()) {
      const h = dictEntryHash(other, k);
      incref(k);
      try {
        if (!so.discardHashed(k, h)) so.addHashed(k, h);
      } finally {
        decref(k);
      }
    }
    return;
  }
  const otherset = other instanceof PySet ? incref(other) : makeNewSet(so.frozen, other);
  try {
    for (const [k, h] of otherset.entries()) {
      incref(k);
      try {
        if (!so.discardHashed(k, h)) so.addHashed(k, h);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(otherset);
  }
}

/** set_symmetric_difference: a copy of the other, updated by so */
export function setSymmetricDifference(so: PySet, other: unknown): PySet {
  const result = makeNewSet(so.frozen, other);
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** the hash a dict stored for one of its keys (me_hash): no __hash__ call for a key hashed by Python code */
export function dictEntryHash(d: PyDict, k: unknown): number | bigint {
  const hk = d.knownHash(k);
  if (hk === undefined) return pyHash(k);
  const digits = hk.slice(2);
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : BigInt(digits);
}

/** the dict's key form of a hash another table stored (undefined for keys the dict indexes by value) */
export function knownHashKey(k: unknown, h: number | bigint): string | undefined {
  return keyOf(k) === undefined ? '\u0000#' + String(h) : undefined;
}

/** _PyDict_Contains_KnownHash */
export function dictHasKnown(d: PyDict, k: unknown, h: number | bigint): boolean {
  return d.getKnown(k, knownHashKey(k, h)) !== undefined;
}
