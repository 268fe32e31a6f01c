// Normalised dict/set keys: equal Python keys (1, 1.0, True) map to one JS Map key, so
// lookups for atoms, plain tuples and identity-hashed objects need no Python code.

import { PyComplex } from './complex';
import { PyFloat } from './float';
import { PyObject } from './object';
import { PyTuple } from './tuple';
import { PyWeakRef } from './weakref';
import { pyHash } from '../eval/protocols';
import { pyEq as eq } from '../eval/compare';

export const NONE_KEY = Symbol('None');

/** the normalised key, or undefined when the key's type hashes through __hash__ */
export function keyOf(k: unknown): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'bigint':
      return Number.isSafeInteger(Number(k)) ? Number(k) : k;
    case 'object':
      if (k === null) return NONE_KEY;
      if (k instanceof PyFloat) return k.v;
      if (k instanceof PyComplex) return k.im === 0 ? k.re : undefined;
      if (k instanceof PyTuple) return tupleKey(k);
      if (k instanceof PyWeakRef && k.kind === 'wkey') return '\u0000w' + k.referentId;
      if ((k as { baseValue?: unknown }).baseValue !== undefined) {
        // a str/int/float subclass instance: its base value's key unless it hashes its own way
        const ak = (k as { atomKey: unknown }).atomKey;
        return ak === undefined ? undefined : keyOf(ak);
      }
      if (k instanceof PyObject && k.type.identityHash) return k;
      return undefined;
  }
  return k;
}

function tupleKey(t: PyTuple): string | undefined {
  let s = '\u0000(';
  for (const v of t.items) {
    const nk = keyOf(v);
    if (nk === undefined) return undefined;
    switch (typeof nk) {
      case 'string':
        s += 's' + nk.length + ':' + nk;
        break;
      case 'number':
        s += 'n' + nk + ';';
        break;
      case 'bigint':
        s += 'b' + nk + ';';
        break;
      case 'symbol':
        s += 'N;';
        break;
      default:
        if (nk instanceof PyObject) s += 'o' + nk.id + ';';
        else return undefined;
    }
  }
  return s + ')';
}

/** bucket key for keys hashed by __hash__ */
export function slowHashKey(k: unknown): string {
  return '\u0000#' + String(pyHash(k));
}

export const pyEq = eq;
