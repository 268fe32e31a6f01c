// The SyntaxErrors CPython's compiler raises while compiling a match statement's patterns
// (Python/compile.c: compiler_pattern and its helpers, pattern_helper_store_name,
// validate_kwd_attrs, compiler_pattern_mapping_keys). They are checked in compile order, and
// an error points where compile.c's SET_LOC last pointed: the pattern being compiled, or the
// last sub-pattern compiled before the check.

import type { Expr, Pattern, Span } from './ast';

interface PatternContext {
  /** names captured so far, in order (pc->stores) */
  stores: string[];
  allowIrrefutable: boolean;
  /** the location compile.c's SET_LOC last set */
  loc: Span;
}

class PatternError {
  constructor(readonly message: string, readonly at: Span) {}
}

/** The error of one case's pattern, or null. `allowIrrefutable`: the case has a guard or is the last. */
export function checkCasePattern(p: Pattern, allowIrrefutable: boolean): { message: string; at: Span } | null {
  try {
    checkPattern(p, { stores: [], allowIrrefutable, loc: p });
    return null;
  } catch (e) {
    if (e instanceof PatternError) return { message: e.message, at: e.at };
    throw e;
  }
}

function fail(message: string, at: Span): never {
  throw new PatternError(message, at);
}

/** pattern_helper_store_name */
function storeName(name: string | null, pc: PatternContext): void {
  if (name === null) return;
  if (name === '__debug__') fail('cannot assign to __debug__', pc.loc);
  if (pc.stores.includes(name)) fail(`multiple assignments to name '${name}' in pattern`, pc.loc);
  pc.stores.push(name);
}

/** MATCH_VALUE_EXPR: a constant (after constant folding) or an attribute lookup */
function isValueExpr(e: Expr): boolean {
  switch (e.kind) {
    case 'Int': case 'Float': case 'Str': case 'Imag': case 'None': case 'Bool': case 'Attribute':
      return true;
    case 'UnaryOp':
      return e.op === '-' && isValueExpr(e.operand) && e.operand.kind !== 'Attribute';
    case 'BinOp':
      return (e.op === '+' || e.op === '-') && isValueExpr(e.left) && isValueExpr(e.right) && e.left.kind !== 'Attribute' && e.right.kind !== 'Attribute';
    default:
      return false;
  }
}

/** a constant key's identity for the duplicate check (1, 1.0 and True are the same key) and its repr */
function constKey(e: Expr): { key: string; repr: string } | null {
  switch (e.kind) {
    case 'Int': return { key: 'n' + String(e.value), repr: String(e.value) };
    case 'Float': return { key: 'n' + String(e.value), repr: floatRepr(e.value) };
    case 'Bool': return { key: 'n' + (e.value ? '1' : '0'), repr: e.value ? 'True' : 'False' };
    case 'None': return { key: 'None', repr: 'None' };
    case 'Str': return { key: 's' + e.value, repr: strRepr(e.value) };
    case 'UnaryOp': {
      const c = constKey(e.operand);
      if (!c || !c.key.startsWith('n')) return null;
      const v = c.key.slice(1);
      return { key: 'n' + (v === '0' ? '0' : '-' + v), repr: '-' + c.repr };
    }
    default: return null;
  }
}

function floatRepr(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** compiler_pattern_subpattern: a sub-pattern may always be irrefutable */
function subpattern(p: Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  checkPattern(p, pc);
  pc.allowIrrefutable = allow;
}

/** compiler_pattern */
function checkPattern(p: Pattern, pc: PatternContext): void {
  pc.loc = p;
  switch (p.kind) {
    case 'MatchValue':
      if (!isValueExpr(p.value)) fail('patterns may only match literals and attribute lookups', p);
      return;
    case 'MatchSingleton':
      return;
    case 'MatchSequence': {
      if (p.patterns.filter((q) => q.kind === 'MatchStar').length > 1) fail('multiple starred names in sequence pattern', p);
      for (const q of p.patterns) subpattern(q, pc);
      return;
    }
    case 'MatchStar':
      storeName(p.name, pc);
      return;
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const k of p.keys) {
        const c = constKey(k);
        if (c) {
          if (seen.has(c.key)) fail(`mapping pattern checks duplicate key (${c.repr})`, p);
          seen.add(c.key);
        } else if (k.kind !== 'Attribute' && !(k.kind === 'BinOp' && isValueExpr(k))) {
          fail('mapping pattern keys may only match literals and attribute lookups', p);
        }
      }
      for (const q of p.patterns) subpattern(q, pc);
      storeName(p.rest, pc);
      return;
    }
    case 'MatchClass': {
      // validate_kwd_attrs
      p.kwdAttrs.forEach((name, i) => {
        if (name === '__debug__') fail('cannot assign to __debug__', p.kwdPatterns[i]);
        if (p.kwdAttrs.indexOf(name) < i) fail(`attribute name repeated in class pattern: ${name}`, p.kwdPatterns[i]);
      });
      for (const q of p.patterns) subpattern(q, pc);
      for (const q of p.kwdPatterns) subpattern(q, pc);
      return;
    }
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) fail(`name capture '${p.name}' makes remaining patterns unreachable`, p);
          fail('wildcard makes remaining patterns unreachable', p);
        }
        storeName(p.name, pc);
        return;
      }
      checkPattern(p.pattern, pc);
      storeName(p.name, pc);
      return;
    case 'MatchOr': {
      const outer = pc.stores;
      const allow = pc.allowIrrefutable;
      let control: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        pc.loc = alt;
        pc.stores = [];
        pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
        checkPattern(alt, pc);
        if (control === null) control = pc.stores;
        else if (pc.stores.length !== control.length || control.some((n) => !pc.stores.includes(n))) {
          fail('alternative patterns bind different names', pc.loc);
        }
      });
      pc.stores = outer;
      pc.allowIrrefutable = allow;
      for (const n of control ?? []) {
        if (pc.stores.includes(n)) fail(`multiple assignments to name '${n}' in pattern`, pc.loc);
        pc.stores.push(n);
      }
      return;
    }
  }
}
