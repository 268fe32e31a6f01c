// Short reprs for display, derived from the recorded state (the record never runs Python code
// to show a value, so a class's own __repr__ is not called here).

import type { HeapState, ObjectState, ValueView } from './types';

const MAX = 80;

export function displayRepr(s: HeapState, id: number, byId?: Map<number, ObjectState>): string {
  const m = byId ?? new Map(s.objects.map((o) => [o.id, o]));
  const out = reprOf(m, id, new Set(), 0);
  return out.length > MAX ? out.slice(0, MAX - 3) + '...' : out;
}

export function valueRepr(s: HeapState, v: ValueView, byId?: Map<number, ObjectState>): string {
  if (v.kind === 'atom') return v.repr;
  if (v.kind === 'unbound') return '<unbound>';
  return displayRepr(s, v.id, byId);
}

function reprOf(m: Map<number, ObjectState>, id: number, busy: Set<number>, depth: number): string {
  const o = m.get(id);
  if (o === undefined) return '<freed>';
  const item = (v: ValueView): string =>
    v.kind === 'atom' ? v.repr : v.kind === 'obj' ? reprOf(m, v.id, busy, depth + 1) : '?';
  const more = o.truncated ? ', ...' : '';
  switch (o.type) {
    case 'list':
    case 'tuple':
    case 'set':
    case 'frozenset': {
      const open = o.type === 'list' ? '[' : o.type === 'tuple' ? '(' : '{';
      const close = o.type === 'list' ? ']' : o.type === 'tuple' ? ')' : '}';
      if (busy.has(id)) return open + '...' + close;
      if (depth > 3) return open + '...' + close;
      busy.add(id);
      const items = o.edges.filter((e) => !e.isClassRef).map((e) => item(e.to));
      busy.delete(id);
      if (o.type === 'set' && items.length === 0) return 'set()';
      if (o.type === 'tuple' && items.length === 1) return `(${items[0]},)`;
      const body = open + items.join(', ') + more + close;
      return o.type === 'frozenset' ? `frozenset(${body})` : body;
    }
    case 'dict': {
      if (busy.has(id) || depth > 3) return '{...}';
      busy.add(id);
      const parts = o.edges.filter((e) => e.label.startsWith('[')).map((e) => `${e.label.slice(1, -1)}: ${item(e.to)}`);
      busy.delete(id);
      return '{' + parts.join(', ') + more + '}';
    }
    case 'function':
      return `<function ${o.name ?? '?'}>`;
    case 'generator':
      return `<generator object ${o.name ?? '?'}>`;
    case 'type':
      return `<class '__main__.${o.name ?? '?'}'>`;
    case 'cell': {
      const c = o.edges[0];
      return c ? `<cell: ${c.to.kind === 'obj' ? (m.get(c.to.id)?.type ?? '?') + ' object' : c.to.kind === 'atom' ? c.to.type + ' object' : 'empty'}>` : '<cell: empty>';
    }
    case 'ReferenceType':
    case 'weakref':
      return o.referent === null || o.referent === undefined ? '<weakref; dead>' : `<weakref to ${m.get(o.referent)?.type ?? '?'}>`;
    case 'method':
      return '<bound method>';
    default:
      return `<${o.type} object at ${o.address}>`;
  }
}
