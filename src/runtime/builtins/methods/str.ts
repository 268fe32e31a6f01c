// str methods (Objects/unicodeobject.c), on JS strings.

import { T_str, T_int, T_float } from '../../objects/builtinTypes';
import { method, type Kw } from '../../objects/function';
import { newList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { decref } from '../../objects/object';
import { iterToArray } from '../../objects/iter';
import { formatPart } from '../../parts';
import { methodVarargs } from '../methVarargs';
import { typeError, valueError } from '../../eval/errors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { argParserInitKw, argRange, exactArgs, intArg, parseArgs } from '../../eval/args';
import { PyFloat } from '../../objects/float';
import { PyTuple } from '../../objects/tuple';
import { baseValueOf } from '../../objects/typeobject/subInstance';

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') return typeError(`${what} arg must be None or str`);
  return v;
}

function m(name: string, fn: (s: string, args: unknown[], kw: Kw) => unknown): void {
  method(T_str, name, fn);
}

const WS = /^[ \t\n\r\x0b\x0c\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const WS_END = /[ \t\n\r\x0b\x0c\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;

function stripChars(s: string, chars: unknown, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    if (left) s = s.replace(WS, '');
    if (right) s = s.replace(WS_END, '');
    return s;
  }
  const cs = str(chars, 'strip');
  let a = 0;
  let b = s.length;
  if (left) while (a < b && cs.includes(s[a])) a++;
  if (right) while (b > a && cs.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

m('strip', (s, args) => stripChars(s, args[0], true, true));
m('lstrip', (s, args) => stripChars(s, args[0], true, false));
m('rstrip', (s, args) => stripChars(s, args[0], false, true));
m('upper', (s) => s.toUpperCase());
m('lower', (s) => s.toLowerCase());
m('casefold', (s) => s.toLowerCase());
m('swapcase', (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
m('capitalize', (s) => (s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase()));
m('title', (s) => s.toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_, p, c) => p + c.toUpperCase()));

m('split', (s, args, kw) => {
  argParserInitKw('str.split', 2, kw);
  const [sep, maxsplit] = parseArgs('split', args, kw, ['sep?', 'maxsplit?']);
  const max = maxsplit === undefined ? -1 : intArg(maxsplit, 'split');
  if (sep === undefined || sep === null) {
    const parts: string[] = [];
    let rest = s.replace(WS, '');
    while (rest.length > 0) {
      if (max >= 0 && parts.length === max) {
        parts.push(rest.replace(WS_END, ''));
        break;
      }
      const mm = /[ \t\n\r\x0b\x0c\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/.exec(rest);
      if (!mm) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, mm.index));
      rest = rest.slice(mm.index + mm[0].length);
    }
    return newList(parts);
  }
  const sp = str(sep, 'split');
  if (sp === '') valueError('empty separator');
  const all = s.split(sp);
  if (max >= 0 && all.length > max + 1) return newList([...all.slice(0, max), all.slice(max).join(sp)]);
  return newList(all);
});

m('rsplit', (s, args, kw) => {
  argParserInitKw('str.rsplit', 2, kw);
  const [sep, maxsplit] = parseArgs('rsplit', args, kw, ['sep?', 'maxsplit?']);
  const max = maxsplit === undefined ? -1 : intArg(maxsplit, 'rsplit');
  if (sep === undefined || sep === null) {
    const all = s.trim().split(/\s+/).filter((x) => x.length > 0);
    if (max >= 0 && all.length > max + 1) {
      const keep = all.slice(all.length - max);
      const headEnd = s.trimEnd();
      let head = headEnd;
      for (let i = keep.length - 1; i >= 0; i--) head = head.slice(0, head.lastIndexOf(keep[i])).trimEnd();
      return newList([head, ...keep]);
    }
    return newList(all);
  }
  const sp = str(sep, 'rsplit');
  if (sp === '') valueError('empty separator');
  const all = s.split(sp);
  if (max >= 0 && all.length > max + 1) return newList([all.slice(0, all.length - max).join(sp), ...all.slice(all.length - max)]);
  return newList(all);
});

m('splitlines', (s, args) => {
  const keep = args.length > 0 && !!args[0];
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let mm: RegExpExecArray | null;
  while ((mm = re.exec(s)) !== null) {
    out.push(s.slice(last, keep ? mm.index + mm[0].length : mm.index));
    last = mm.index + mm[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return newList(out);
});

m('join', (s, args) => {
  exactArgs('str.join', args, 1);
  const items = iterToArray(args[0]);
  try {
    const strs = items.map(baseValueOf);
    strs.forEach((x, i) => {
      if (typeof x !== 'string') typeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
    });
    return (strs as string[]).join(s);
  } finally {
    for (const x of items) decref(x);
  }
});

m('replace', (s, args) => {
  argRange('replace', args, 2, 3);
  const old = str(args[0], 'replace');
  const nw = str(args[1], 'replace');
  let count = args.length > 2 ? intArg(args[2], 'replace') : -1;
  if (count < 0) return old === '' ? [...s].join(nw).replace(/^/, nw) + nw : s.split(old).join(nw);
  let out = '';
  let rest = s;
  while (count-- > 0) {
    const i = rest.indexOf(old);
    if (i < 0) break;
    out += rest.slice(0, i) + nw;
    rest = rest.slice(i + old.length);
  }
  return out + rest;
});

function bounds(s: string, args: unknown[], from: number): [number, number] {
  const n = s.length;
  let a = args.length > from && args[from] !== null ? intArg(args[from], 'slice') : 0;
  let b = args.length > from + 1 && args[from + 1] !== null ? intArg(args[from + 1], 'slice') : n;
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [Math.min(a, n), Math.min(b, n)];
}

m('find', (s, args) => {
  argRange('find', args, 1, 3);
  const [a, b] = bounds(s, args, 1);
  const i = s.slice(a, b).indexOf(str(args[0], 'find'));
  return i < 0 ? -1 : i + a;
});
m('rfind', (s, args) => {
  argRange('rfind', args, 1, 3);
  const [a, b] = bounds(s, args, 1);
  const i = s.slice(a, b).lastIndexOf(str(args[0], 'rfind'));
  return i < 0 ? -1 : i + a;
});
m('index', (s, args) => {
  argRange('index', args, 1, 3);
  const [a, b] = bounds(s, args, 1);
  const i = s.slice(a, b).indexOf(str(args[0], 'index'));
  if (i < 0) valueError('substring not found');
  return i + a;
});
m('rindex', (s, args) => {
  argRange('rindex', args, 1, 3);
  const [a, b] = bounds(s, args, 1);
  const i = s.slice(a, b).lastIndexOf(str(args[0], 'rindex'));
  if (i < 0) valueError('substring not found');
  return i + a;
});
m('count', (s, args) => {
  argRange('count', args, 1, 3);
  const [a, b] = bounds(s, args, 1);
  const sub = str(args[0], 'count');
  const t = s.slice(a, b);
  if (sub === '') return t.length + 1;
  return t.split(sub).length - 1;
});

function affix(name: 'startswith' | 'endswith') {
  m(name, (s, args) => {
    argRange(name, args, 1, 3);
    const [a, b] = bounds(s, args, 1);
    const t = s.slice(a, b);
    const p = args[0];
    const test = (x: unknown): boolean => {
      if (typeof x !== 'string') typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
      return name === 'startswith' ? t.startsWith(x as string) : t.endsWith(x as string);
    };
    if (p instanceof PyTuple) return p.items.some(test);
    return test(p);
  });
}
affix('startswith');
affix('endswith');

const pred = (name: string, re: RegExp) => m(name, (s) => s.length > 0 && re.test(s));
pred('isdigit', /^[0-9\u0660-\u0669\u00b2\u00b3\u00b9]+$/);
pred('isdecimal', /^[0-9]+$/);
pred('isnumeric', /^[0-9\u00bc-\u00be\u0660-\u0669]+$/);
pred('isalpha', /^\p{L}+$/u);
pred('isalnum', /^[\p{L}\p{N}]+$/u);
pred('isspace', /^\s+$/);
m('isupper', (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s));
m('islower', (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s));
m('istitle', (s) => /[A-Za-z]/.test(s) && s === s.toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_, p, c) => p + c.toUpperCase()));
m('isidentifier', (s) => /^[A-Za-z_\p{L}][\w\p{L}]*$/u.test(s));

function padTo(name: string, fn: (s: string, w: number, fill: string) => string) {
  m(name, (s, args) => {
    argRange(name, args, 1, 2);
    const w = intArg(args[0], name);
    const fill = args.length > 1 ? str(args[1], name) : ' ';
    if ([...fill].length !== 1) typeError('The fill character must be exactly one character long');
    const n = [...s].length;
    return w <= n ? s : fn(s, w - n, fill);
  });
}
padTo('center', (s, n, f) => {
  const left = Math.floor(n / 2) + (n & s.length & 1);
  return f.repeat(left) + s + f.repeat(n - left);
});
padTo('ljust', (s, n, f) => s + f.repeat(n));
padTo('rjust', (s, n, f) => f.repeat(n) + s);
m('zfill', (s, args) => {
  exactArgs('zfill', args, 1);
  const w = intArg(args[0], 'zfill');
  if (s.length >= w) return s;
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
});

// do_string_format is METH_VARARGS | METH_KEYWORDS: a tuple and a dict hold the arguments
m('format', methodVarargs((s, args, kw) => formatPart().strFormat(s as string, args, kw)));
// str.format_map(mapping) is METH_O: the fields are read from the mapping with PyObject_GetItem
m('format_map', (s, args) => {
  exactArgs('format_map', args, 1);
  return formatPart().strFormat(s, [], { mapping: args[0] });
});
m('partition', (s, args) => {
  const sep = str(args[0], 'partition');
  const i = s.indexOf(sep);
  return i < 0 ? newTuple([s, '', '']) : newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
m('rpartition', (s, args) => {
  const sep = str(args[0], 'rpartition');
  const i = s.lastIndexOf(sep);
  return i < 0 ? newTuple(['', '', s]) : newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
m('removeprefix', (s, args) => {
  const p = str(args[0], 'removeprefix');
  return s.startsWith(p) ? s.slice(p.length) : s;
});
m('removesuffix', (s, args) => {
  const p = str(args[0], 'removesuffix');
  return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
});
m('expandtabs', (s, args) => {
  const size = args.length > 0 ? intArg(args[0], 'expandtabs') : 8;
  let col = 0;
  let out = '';
  for (const c of s) {
    if (c === '\t') {
      const n = size > 0 ? size - (col % size) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
});
m('encode', () => typeError('bytes are not supported in RefScope'));

// ---------- int and float ----------

method(T_int, 'bit_length', (n) => {
  const v = typeof n === 'boolean' ? +n : (n as number | bigint);
  const a = v < 0 ? -BigInt(v) : BigInt(v);
  return a === 0n ? 0 : a.toString(2).length;
});
method(T_int, 'conjugate', (n) => n);
method(T_float, 'is_integer', (f: PyFloat) => Number.isInteger(f.v));
