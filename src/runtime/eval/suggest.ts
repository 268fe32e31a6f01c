// "Did you mean" hints for NameError and AttributeError (Python/suggestions.c, 3.11):
// a Levenshtein distance where a case flip costs 1 and any other edit 2.

import { PyInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { PyModule } from '../objects/descriptors';
import { typeOf } from '../objects/typeobject/typeOf';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let as = 0;
  let bs = 0;
  let ae = a.length;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let x = a.slice(as, ae);
  let y = b.slice(bs, be);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, t = MOVE_COST; i < x.length; i++, t += MOVE_COST) buffer[i] = t;
  let result = 0;
  for (let bi = 0; bi < y.length; bi++) {
    const code = y.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

const OBJECT_DIR = [
  '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
  '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
];

/** dir(o), roughly: what AttributeError's hint searches */
export function dirOf(o: unknown): string[] {
  const names = new Set<string>();
  if (o instanceof PyInstance && o.attrs !== null) for (const k of o.attrs.keysArray()) names.add(String(k));
  if (o instanceof PyInstance && o.cls.slots) for (const s of o.cls.slots) names.add(s);
  if (o instanceof PyModule) for (const k of o.attrs.keys()) names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) {
    if (c.dict !== null) for (const k of c.dict.keysArray()) names.add(String(k));
    else for (const k of c.methods.keys()) names.add(k);
  }
  for (const k of OBJECT_DIR) names.add(k);
  return [...names].sort();
}
