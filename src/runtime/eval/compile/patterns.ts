// The match statement (PEP 634) as CPython 3.11 compiles and runs it: Python/compile.c's
// compiler_match / compiler_pattern_* and ceval.c's MATCH_CLASS (match_class), MATCH_KEYS
// (match_keys), MATCH_SEQUENCE and MATCH_MAPPING. A pattern compiles to a matcher that reads
// a borrowed subject and pushes the captured values (new references) in the order compile.c
// stores them; the names are stored only once the whole pattern has matched.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyList, newList } from '../../objects/list';
import { PyDict, newDict } from '../../objects/dict';
import { newSet } from '../../objects/set';
import { PyRange } from '../../objects/descriptors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { iterToArray } from '../../objects/iter';
import * as BT from '../../objects/builtinTypes';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { delItem, getItem, pyLen } from '../protocols';
import { PyError, notImplemented, raise, typeError } from '../errors';
import { PyBuiltin } from '../../objects/function';
import { pyRepr } from '../repr';
import { isInstance } from '../../builtins/builtins';
import { dictMerge } from '../../builtins/methods/dict';
import { compileExpr, compareOp, truthOwned, type Ctx, type EFn } from './expr';
import { storeName, type StoreFn } from './target';
import { borrowPart } from '../../parts';
import { borrowRef, unborrowRef } from '../borrow';
import { profile } from '../../versions';

/** match `subject` (borrowed); on success the captures were pushed onto caps (new references) */
type Matcher = (f: Frame, subject: unknown, caps: unknown[]) => boolean;

/** the names a pattern stores, in compile.c's order (pc->stores) */
export function patternNames(p: A.Pattern): string[] {
  switch (p.kind) {
    case 'MatchValue': case 'MatchSingleton': return [];
    case 'MatchSequence': return p.patterns.flatMap(patternNames);
    case 'MatchStar': return p.name ? [p.name] : [];
    case 'MatchMapping': return [...p.patterns.flatMap(patternNames), ...(p.rest ? [p.rest] : [])];
    case 'MatchClass': return [...p.patterns.flatMap(patternNames), ...p.kwdPatterns.flatMap(patternNames)];
    case 'MatchAs': return [...(p.pattern ? patternNames(p.pattern) : []), ...(p.name ? [p.name] : [])];
    case 'MatchOr': return patternNames(p.patterns[0]);
  }
}

const isWildcard = (p: A.Pattern): boolean => p.kind === 'MatchAs' && p.pattern === null && p.name === null;

/** the builtin types (and their subclasses) with Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING */
const SEQUENCE_TYPES = new Set(['builtins.list', 'builtins.tuple', 'builtins.range', 'builtins.memoryview', 'collections.deque', 'array.array']);
const MAPPING_TYPES = new Set(['builtins.dict', 'builtins.mappingproxy', 'collections.ChainMap']);
/** _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself */
const MATCH_SELF_TYPES = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function hasFlag(v: unknown, names: Set<string>): boolean {
  return typeOf(v).mro.some((t) => names.has(`${t.module}.${t.name}`));
}

function compileCapture(name: string | null): Matcher {
  if (name === null) return () => true;
  return (_f, s, caps) => {
    caps.push(incref(s));
    return true;
  };
}

/** match each item (owned by the caller) against its sub-pattern, left to right */
function matchItems(f: Frame, subs: Matcher[], items: unknown[], caps: unknown[]): boolean {
  for (let i = 0; i < subs.length; i++) {
    if (!subs[i](f, items[i], caps)) return false;
  }
  return true;
}

export function compilePattern(p: A.Pattern, ctx: Ctx): Matcher {
  switch (p.kind) {
    case 'MatchValue': {
      const value = compileExpr(p.value, ctx);
      return (f, s) => {
        const v = value(f);
        let r: unknown;
        try {
          r = compareOp('==', s, v);
        } finally {
          decref(v);
        }
        return truthOwned(r);
      };
    }
    case 'MatchSingleton': {
      const v = p.value;
      return (_f, s) => s === v;
    }
    case 'MatchAs': {
      const store = compileCapture(p.name);
      if (p.pattern === null) return store;
      const inner = compilePattern(p.pattern, ctx);
      return (f, s, caps) => inner(f, s, caps) && store(f, s, caps);
    }
    case 'MatchOr': {
      const alts = p.patterns.map((q) => compilePattern(q, ctx));
      const control = patternNames(p.patterns[0]);
      // where each alternative's capture of each control name sits (compile.c rotates them into place)
      const order = p.patterns.map((q) => {
        const names = patternNames(q);
        return control.map((n) => names.indexOf(n));
      });
      return (f, s, caps) => {
        for (let i = 0; i < alts.length; i++) {
          const mine: unknown[] = [];
          if (alts[i](f, s, mine)) {
            for (const j of order[i]) caps.push(mine[j]);
            return true;
          }
          for (let j = mine.length - 1; j >= 0; j--) decref(mine[j]);
        }
        return false;
      };
    }
    case 'MatchStar':
      // only reached through a sequence pattern, which hands it the list of the middle items
      return compileCapture(p.name);
    case 'MatchSequence':
      return compileSequence(p, ctx);
    case 'MatchMapping':
      return compileMapping(p, ctx);
    case 'MatchClass':
      return compileClass(p, ctx);
  }
}

/** compiler_pattern_sequence with pattern_helper_sequence_unpack / _subscr */
function compileSequence(p: A.MatchSequence, ctx: Ctx): Matcher {
  const size = p.patterns.length;
  const star = p.patterns.findIndex((q) => q.kind === 'MatchStar');
  const starWildcard = star >= 0 && (p.patterns[star] as A.MatchStar).name === null;
  const onlyWildcard = p.patterns.every((q) => isWildcard(q) || (q.kind === 'MatchStar' && q.name === null));
  const subs = p.patterns.map((q) => compilePattern(q, ctx));
  return (f, s, caps) => {
    if (!hasFlag(s, SEQUENCE_TYPES)) return false;
    if (star < 0 || starWildcard) {
      const n = pyLen(s);
      if (star < 0 ? n !== size : n < size - 1) return false;
    }
    if (onlyWildcard) return true;
    if (starWildcard) {
      // subject[i] for each sub-pattern that is not a wildcard (negative indexes after the star)
      for (let i = 0; i < size; i++) {
        if (i === star || isWildcard(p.patterns[i])) continue;
        const item = getItem(s, i < star ? i : -(size - i));
        try {
          if (!subs[i](f, item, caps)) return false;
        } finally {
          decref(item);
        }
      }
      return true;
    }
    // UNPACK_SEQUENCE / UNPACK_EX: every item on the stack first
    const all = s instanceof PyList || s instanceof PyTuple ? s.items.map(incref) : iterToArray(s);
    let items: unknown[];
    if (star < 0) {
      items = all;
    } else {
      if (all.length < size - 1) {
        for (const v of all) decref(v);
        return false;
      }
      const after = size - 1 - star;
      const middle = newList(all.slice(star, all.length - after));
      items = [...all.slice(0, star), middle, ...all.slice(all.length - after)];
    }
    let i = 0;
    try {
      for (; i < size; i++) {
        const ok = subs[i](f, items[i], caps);
        decref(items[i]);
        if (!ok) {
          i++;
          return false;
        }
      }
      return true;
    } finally {
      for (let j = items.length - 1; j >= i; j--) decref(items[j]);
    }
  };
}

const MISSING = Symbol('missing');

/** match_keys: a value per key (new references), or null when a key is missing */
function matchKeys(map: unknown, keys: unknown[]): unknown[] | null {
  const exact = map instanceof PyDict && typeOf(map) === BT.T_dict;
  const get = exact ? null : getAttr(map, 'get');
  const seen = newSet();
  const dummy = exact ? MISSING : callObject(BT.T_object, [], null);
  const values: unknown[] = [];
  try {
    for (const key of keys) {
      if (seen.has(key)) raise(BT.T_ValueError, `mapping pattern checks duplicate key (${pyRepr(key)})`);
      seen.add(key);
      let v: unknown;
      if (exact) {
        v = (map as PyDict).get(key);
        if (v === undefined) v = MISSING;
        else incref(v);
      } else {
        v = callObject(get, [incref(key), incref(dummy)], null);
      }
      if (v === dummy) {
        if (v !== MISSING) decref(v);
        for (let j = values.length - 1; j >= 0; j--) decref(values[j]);
        return null;
      }
      values.push(v);
    }
    return values;
  } catch (e) {
    for (let j = values.length - 1; j >= 0; j--) decref(values[j]);
    throw e;
  } finally {
    if (get !== null) decref(get);
    decref(seen);
    if (dummy !== MISSING) decref(dummy);
  }
}

/** compiler_pattern_mapping */
function compileMapping(p: A.MatchMapping, ctx: Ctx): Matcher {
  const size = p.keys.length;
  const keys: EFn[] = p.keys.map((k) => compileExpr(k, ctx));
  const subs = p.patterns.map((q) => compilePattern(q, ctx));
  const rest = p.rest;
  return (f, s, caps) => {
    if (!hasFlag(s, MAPPING_TYPES)) return false;
    if (size === 0 && rest === null) return true;
    if (size > 0 && pyLen(s) < size) return false;
    const ks: unknown[] = [];
    try {
      for (const k of keys) ks.push(k(f));
      // the keys travel as one tuple (a constant when every key is a literal)
      const values = matchKeys(s, ks);
      if (values === null) return false;
      const tuple = newTuple(values);
      try {
        if (!matchItems(f, subs, tuple.items, caps)) return false;
      } finally {
        decref(tuple);
      }
      if (rest !== null) {
        const d = newDict();
        try {
          dictMerge(d, s);
          for (const k of ks) delItem(d, k);
        } catch (e) {
          decref(d);
          throw e;
        }
        caps.push(d);
      }
      return true;
    } finally {
      for (let j = ks.length - 1; j >= 0; j--) decref(ks[j]);
    }
  };
}

/** match_class_attr: the attribute, or null when the subject lacks it */
function classAttr(s: unknown, cls: PyType, name: string, seen: ReturnType<typeof newSet>): unknown {
  if (seen.has(name)) typeError(`${cls.name}() got multiple sub-patterns for attribute ${pyRepr(name)}`);
  seen.add(name);
  try {
    return getAttr(s, name);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** builtin types RefScope does not have (their names are stubs raising NotImplementedError) */
const STUB_TYPES = new Set(['bytes', 'bytearray', 'memoryview']);

/** match_class: the tuple of attributes (a new reference), or null */
function matchClass(s: unknown, cls: unknown, nargs: number, kwd: string[]): PyTuple | null {
  if (!(cls instanceof PyType)) {
    if (cls instanceof PyBuiltin && STUB_TYPES.has(cls.name)) return notImplemented(`${cls.name} is not supported in RefScope`);
    return typeError('called match pattern must be a type');
  }
  if (!isInstance(s, cls)) return null;
  const seen = newSet();
  const attrs = newList([]);
  try {
    if (nargs > 0) {
      let matchArgs: unknown;
      let matchSelf = false;
      try {
        matchArgs = getAttr(cls, '__match_args__');
      } catch (e) {
        if (!(e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError))) throw e;
        decref(e.exc);
        matchArgs = newTuple([]);
        matchSelf = cls.mro.some((t) => t.builtin && MATCH_SELF_TYPES.has(t.name));
      }
      try {
        if (!(matchArgs instanceof PyTuple) || typeOf(matchArgs) !== BT.T_tuple) {
          typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
        }
        const names = (matchArgs as PyTuple).items;
        const allowed = matchSelf ? 1 : names.length;
        if (allowed < nargs) {
          typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) {
          attrs.items.push(incref(s));
        } else {
          for (let i = 0; i < nargs; i++) {
            const name = names[i];
            if (typeof name !== 'string') typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
            const a = classAttr(s, cls, name as string, seen);
            if (a === null) return null;
            attrs.items.push(a);
          }
        }
      } finally {
        decref(matchArgs);
      }
    }
    for (const name of kwd) {
      const a = classAttr(s, cls, name, seen);
      if (a === null) return null;
      attrs.items.push(a);
    }
    return newTuple(attrs.items.map(incref));
  } finally {
    decref(seen);
    decref(attrs);
  }
}

/** compiler_pattern_class */
function compileClass(p: A.MatchClass, ctx: Ctx): Matcher {
  const cls = compileExpr(p.cls, ctx);
  const all = [...p.patterns, ...p.kwdPatterns];
  const subs = all.map((q) => (isWildcard(q) ? null : compilePattern(q, ctx)));
  const nargs = p.patterns.length;
  const kwd = p.kwdAttrs;
  return (f, s, caps) => {
    const c = cls(f);
    let attrs: PyTuple | null;
    try {
      attrs = matchClass(s, c, nargs, kwd);
    } finally {
      decref(c);
    }
    if (attrs === null) return false;
    try {
      for (let i = 0; i < subs.length; i++) {
        const m = subs[i];
        if (m !== null && !m(f, attrs.items[i], caps)) return false;
      }
      return true;
    } finally {
      decref(attrs);
    }
  };
}

export type CaseBody = (f: Frame) => number;

/**
 * compiler_match: the subject is evaluated once and kept on the stack while the cases are
 * tried; the last case consumes it. Each case: its line, the pattern, the stores, the guard,
 * then the body (whose completion code the statement returns).
 */
export function compileMatch(
  st: A.Match,
  ctx: Ctx,
  block: (body: A.Stmt[], ctx: Ctx) => CaseBody,
  line: (f: Frame, line: number) => void,
  NORMAL: number,
): CaseBody {
  const subject = compileExpr(st.subject, ctx);
  const cases = st.cases.map((c) => ({
    line: c.pattern.line,
    match: compilePattern(c.pattern, ctx),
    stores: patternNames(c.pattern).map((n): StoreFn => storeName(n, ctx)),
    guard: c.guard ? compileExpr(c.guard, ctx) : null,
    body: block(c.body, ctx),
  }));
  // a trailing `case _:` is not matched at all; the case before it consumes the subject
  const last = st.cases[st.cases.length - 1];
  const hasDefault = st.cases.length > 1 && isWildcard(last.pattern) ? 1 : 0;
  const consuming = cases.length - hasDefault - 1;
  // 3.14: one case tested (no COPY of the subject) whose pattern consumes it in the first block
  // (COMPARE_OP of a value pattern, MATCH_CLASS, the None/True/False test): LOAD_FAST_BORROW (dis)
  const k = st.cases[0].pattern.kind;
  const lendSubject = profile.borrowedLocalLoads && consuming === 0 && (k === 'MatchValue' || k === 'MatchSingleton' || k === 'MatchClass') && borrowPart().isSafeLoad(st.subject);
  return (f) => {
    let s: unknown = subject(f);
    try {
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        line(f, c.line);
        const caps: unknown[] = [];
        let ok = true;
        if (i <= consuming) {
          if (lendSubject) borrowRef(s);
          // a case before the last tests a COPY of the subject (compiler_match_inner: COPY 1)
          const copy = i < consuming;
          if (copy) incref(s);
          try {
            ok = c.match(f, s, caps);
          } catch (e) {
            for (let j = caps.length - 1; j >= 0; j--) decref(caps[j]);
            throw e;
          } finally {
            if (copy) decref(s);
            if (lendSubject) unborrowRef(s);
          }
        }
        if (i === consuming) {
          // the last case's pattern consumed the subject
          const t = s;
          s = undefined;
          decref(t);
        }
        if (!ok) {
          for (let j = caps.length - 1; j >= 0; j--) decref(caps[j]);
          continue;
        }
        for (let j = 0; j < caps.length; j++) c.stores[j](f, caps[j]);
        if (c.guard !== null && !truthOwned(c.guard(f))) continue;
        if (s !== undefined) {
          const t = s;
          s = undefined;
          decref(t);
        }
        return c.body(f);
      }
      return NORMAL;
    } finally {
      if (s !== undefined) decref(s);
    }
  };
}
