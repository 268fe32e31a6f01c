// What a line did, in words, for a line step's caption: the difference between the heap before
// the line ran (the previous line step) and after it (this one). "y = x: list #12 now has 3
// references"; "del a, b: 2 names removed; the two dicts keep each other alive — leaked until the
// collector runs".

import type { HeapState, ObjectState } from '../types';
import { globalName, leakedUntilCollected, objId } from './roots';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

function globalsOf(s: HeapState, byId: Map<number, ObjectState>): Map<string, number | string> {
  const out = new Map<string, number | string>();
  const g = byId.get(s.globalsId);
  if (g === undefined) return out;
  for (const e of g.edges) {
    const name = globalName(e.label);
    if (/^__.*__$/.test(name)) continue;
    out.set(name, e.to.kind === 'obj' ? e.to.id : e.to.kind === 'atom' ? `${e.to.repr}` : '<unbound>');
  }
  return out;
}

const refs = (n: number) => `${n} reference${n === 1 ? '' : 's'}`;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function name(o: ObjectState | undefined, id: number): string {
  return o === undefined ? `object #${id}` : `${o.type === 'type' ? `class ${o.name ?? '?'}` : o.type === 'function' ? `function ${o.name ?? '?'}` : `${o.type} #${id}`}`;
}

/** the interpreter's own objects that come and go with every line (iterators, bound methods) */
const NOISE = new Set(['builtin_function_or_method', 'method', 'generator', 'frame', 'code', 'cell', 'list_iterator', 'range_iterator', 'tuple_iterator']);

/**
 * The effects of the line that ran between `before` and `after`, most telling first, joined
 * with "; " (empty when nothing visible changed).
 */
export function lineEffects(before: HeapState, after: HeapState, collections = 0): string[] {
  const b = new Map(before.objects.map((o) => [o.id, o]));
  const a = new Map(after.objects.map((o) => [o.id, o]));
  const out: string[] = [];
  if (collections > 0) {
    const n = after.gc?.collected;
    const saved = after.garbageId !== null ? (a.get(after.garbageId)?.edges.length ?? 0) - (b.get(after.garbageId)?.edges.length ?? 0) : 0;
    out.push(
      `the cyclic collector ran${collections > 1 ? ` ${collections} times` : ''}${n !== undefined ? `: ${plural(n, 'unreachable object')} found` : ''}` +
        (saved > 0 ? `, kept in gc.garbage (DEBUG_SAVEALL)` : n !== undefined && n > 0 ? ' and freed' : ''),
    );
  }
  const gb = globalsOf(before, b);
  const ga = globalsOf(after, a);
  const told = new Set<number>();
  // names bound, rebound, removed
  const removed = [...gb.keys()].filter((k) => !ga.has(k));
  for (const [k, v] of ga) {
    if (gb.get(k) === v) continue;
    if (typeof v === 'number') {
      const o = a.get(v);
      if (o?.type === 'type' || o?.type === 'function' || o?.type === 'module') {
        told.add(v);
        out.push(`${k} is ${name(o, v)}`);
        continue;
      }
      told.add(v);
      out.push(`${k} now refers to ${name(o, v)}${o !== undefined ? `, which has ${refs(o.refcount)}` : ''}`);
    } else {
      const mod = /^<module '([^']*)'/.exec(v);
      out.push(mod ? `${k} is the module ${mod[1]}` : `${k} = ${v}`);
    }
  }
  if (removed.length === 1) out.push(`the name ${removed[0]} is removed`);
  else if (removed.length > 1) out.push(`${removed.length} names removed (${removed.join(', ')})`);
  // counts that changed on objects that lived through the line
  const changed: string[] = [];
  for (const [id, o] of a) {
    const p = b.get(id);
    if (p === undefined || p.refcount === o.refcount || told.has(id) || id === after.globalsId || NOISE.has(o.type) || o.type === 'type' || o.type === 'module') continue;
    changed.push(`${name(o, id)} now has ${refs(o.refcount)}`);
  }
  out.push(...changed.slice(0, 3));
  if (changed.length > 3) out.push(`${changed.length - 3} more counts changed`);
  // new objects no name took (a container's new item), and frees
  const made = [...a.values()].filter((o) => !b.has(o.id) && !told.has(o.id) && !NOISE.has(o.type) && o.type !== 'type');
  if (made.length === 1) out.push(`a new ${name(made[0], made[0].id)}`);
  else if (made.length > 1) out.push(`${made.length} new objects`);
  const freed = [...b.values()].filter((o) => !a.has(o.id) && !NOISE.has(o.type));
  if (freed.length === 1) out.push(`${name(freed[0], freed[0].id)} is freed (its count reached 0)`);
  else if (freed.length > 1) out.push(`${freed.length} objects freed`);
  // what became unreachable but stays alive
  const leakedBefore = new Set(leakedUntilCollected(before));
  const newlyLeaked = leakedUntilCollected(after).filter((id) => {
    const t = a.get(id)?.type ?? '';
    // (a class body's functions and namespace are the class's business, not a leak to report)
    return !leakedBefore.has(id) && t !== 'type' && t !== 'function' && !NOISE.has(t) && !(t === 'dict' && after.frames.some((f) => f.name !== '<module>'));
  });
  if (newlyLeaked.length > 0) out.push(leakText(newlyLeaked, a));
  // output
  const printed = after.stdout.slice(before.stdout.length).trimEnd();
  if (printed !== '') {
    const lines = printed.split('\n');
    out.push(`printed ${JSON.stringify(lines[lines.length - 1].length > 60 ? lines[lines.length - 1].slice(0, 57) + '...' : lines[lines.length - 1])}${lines.length > 1 ? ` (and ${lines.length - 1} line${lines.length > 2 ? 's' : ''} before it)` : ''}`);
  }
  return out;
}

function leakText(ids: number[], a: Map<number, ObjectState>): string {
  const types = ids.map((id) => a.get(id)?.type ?? 'object');
  const same = types.every((t) => t === types[0]);
  const selfRef = ids.length === 1 && (a.get(ids[0])?.edges.some((e) => !e.weak && objId(e.to) === ids[0]) ?? false);
  const who =
    ids.length === 1
      ? `${name(a.get(ids[0]), ids[0])} keeps ${selfRef ? 'itself' : 'its cycle'} alive`
      : `the ${same ? `${NUMBER_WORDS[ids.length] ?? ids.length} ${types[0]}s` : plural(ids.length, 'object')} keep each other alive`;
  return `${who} — leaked until the collector runs`;
}

/** "y = x: list #12 now has 3 references" (source: the text of the line that ran) */
export function lineCaption(before: HeapState, after: HeapState, source: string | undefined, collections = 0): string {
  const fx = lineEffects(before, after, collections);
  const code = (source ?? '').trim();
  const head = code !== '' ? (code.length > 48 ? code.slice(0, 45) + '...' : code) : `line ${before.line}`;
  return `${head}${head.endsWith(':') ? '' : ':'} ${fx.length > 0 ? fx.join('; ') : 'no reference counts changed'}`;
}
