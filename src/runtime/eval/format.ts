// Formatting: format(value, spec) (the format-spec mini-language), printf-style `%`, and
// str.format's replacement fields.

import { WHERE_CALL, enterRecursiveCall, leaveRecursiveCall } from './ceval/recursion';
import { baseValueOf, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyInstance } from '../objects/instance';
import { PyFunction } from '../objects/function';
import { decref, incref } from '../objects/object';
import { hiddenAlloc, hiddenFree } from '../gc/heap';
import { pyAscii, pyRepr, pyStr, floatRepr } from './repr';
import { callSpecial } from './special';
import { typeError, valueError, raise } from './errors';
import { typeOf } from '../objects/typeobject/typeOf';
import * as BT from '../objects/builtinTypes';
import { getItem } from './protocols';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) return valueError('Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? parseInt(m[9], 10) : -1,
    type: m[10] ?? '',
  };
}

function group(intDigits: string, sep: string, every = 3): string {
  if (!sep) return intDigits;
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % every === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const len = [...sign].length + [...body].length;
  if (len >= s.width) return sign + body;
  const n = s.width - len;
  switch (align) {
    case '<': return sign + body + s.fill.repeat(n);
    case '^': return s.fill.repeat(Math.floor(n / 2)) + sign + body + s.fill.repeat(n - Math.floor(n / 2));
    case '=': return sign + s.fill.repeat(n) + body;
    default: return s.fill.repeat(n) + sign + body;
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/** round-half-even fixed notation, as Python's float formatting does */
export function toFixed(x: number, p: number): string {
  return Math.abs(x).toFixed(Math.min(p, 100));
}

function expForm(x: number, p: number, upper: boolean): string {
  const [m, e] = Math.abs(x).toExponential(Math.min(p, 100)).split('e');
  const n = parseInt(e, 10);
  const es = (n < 0 ? '-' : '+') + String(Math.abs(n)).padStart(2, '0');
  return m + (upper ? 'E' : 'e') + es;
}

/** 'g' formatting */
function gForm(x: number, p: number, alt: boolean, upper: boolean, noTypeMode = false): string {
  if (p === 0) p = 1;
  const ax = Math.abs(x);
  if (ax === 0) {
    if (noTypeMode) return '0.0';
    return alt ? '0.' + '0'.repeat(p - 1) : '0';
  }
  const [, e] = ax.toExponential(p - 1).split('e');
  const exp = parseInt(e, 10);
  let out: string;
  if (exp >= -4 && exp < p) {
    out = ax.toFixed(Math.max(0, p - 1 - exp));
    if (!alt && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
    if (noTypeMode && !out.includes('.')) out += '.0';
  } else {
    out = expForm(x, p - 1, upper);
    if (!alt) out = out.replace(/\.?0+([eE])/, '$1');
  }
  return out;
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  let body: string;
  const t = s.type;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
  } else if (t === 'f' || t === 'F') body = toFixed(x, s.precision < 0 ? 6 : s.precision);
  else if (t === 'e' || t === 'E') body = expForm(x, s.precision < 0 ? 6 : s.precision, t === 'E');
  else if (t === 'g' || t === 'G' || t === 'n') body = gForm(x, s.precision < 0 ? 6 : s.precision, s.alt, t === 'G');
  else if (t === '%') body = toFixed(x * 100, s.precision < 0 ? 6 : s.precision) + '%';
  else if (s.precision >= 0) body = gForm(x, s.precision, s.alt, false, true);
  else body = floatRepr(Math.abs(x));
  if (s.grouping) {
    const [ip, fp] = body.split('.');
    if (/^\d+$/.test(ip)) body = group(ip, s.grouping) + (fp !== undefined ? '.' + fp : '');
  }
  const sign = Number.isNaN(x) ? signOf(false, s) : signOf(neg, s);
  if (s.zero && !s.align) return pad(body, sign, { ...s, fill: '0', align: '=' }, '>');
  return pad(body, sign, s, '>');
}

function formatInt(v: number | bigint, s: Spec): string {
  const t = s.type;
  if ('eEfFgG%'.includes(t) && t !== '') return formatFloat(Number(v), s);
  const neg = v < 0;
  const a = neg ? -BigInt(v) : BigInt(v);
  let body: string;
  let prefix = '';
  switch (t) {
    case 'b': body = a.toString(2); prefix = s.alt ? '0b' : ''; break;
    case 'o': body = a.toString(8); prefix = s.alt ? '0o' : ''; break;
    case 'x': body = a.toString(16); prefix = s.alt ? '0x' : ''; break;
    case 'X': body = a.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'c':
      if (v < 0 || v > 0x10ffff) raise(BT.T_OverflowError, '%c arg not in range(0x110000)');
      return pad(String.fromCodePoint(Number(v)), '', s, '<');
    case '':
    case 'd':
    case 'n':
      body = a.toString();
      break;
    default:
      return valueError(`Unknown format code '${t}' for object of type 'int'`);
  }
  if (s.precision >= 0) valueError('Precision not allowed in integer format specifier');
  if (s.grouping) body = group(body, s.grouping, t === 'b' || t === 'o' || t === 'x' || t === 'X' ? 4 : 3);
  const sign = signOf(neg, s) + prefix;
  if (s.zero && !s.align) return pad(body, sign, { ...s, fill: '0', align: '=' }, '>');
  return pad(body, sign, s, '>');
}

/** format(value, spec) → str */
export function formatValue(v: unknown, spec: string): string {
  if (isValueSub(v)) {
    const f = userOverride(v, '__format__');
    if (f !== undefined) {
      const r = callSpecial(f, v, [spec]);
      if (typeof r !== 'string') {
        decref(r);
        typeError(`__format__ must return a str, not ${typeOf(r).name}`);
      }
      return r as string;
    }
    if (spec === '') return pyStr(v);
    v = v.baseValue;
  }
  if (v instanceof PyInstance) {
    // PyObject_Format: __format__ looked up and bound to v (a method object holding it) then called
    const f = v.cls.lookup('__format__');
    // a Python __format__, or a native one of a module's base class (enum's)
    if (f !== undefined && (!(f as { owner?: unknown }).owner || (f as { owner: { module: string } }).owner.module !== 'builtins')) {
      const r = f instanceof PyFunction ? callBoundSpecial(f, v, [spec]) : callSpecial(f, v, [spec]);
      if (typeof r !== 'string') {
        decref(r);
        typeError(`__format__ must return a str, not ${typeOf(r).name}`);
      }
      return r as string;
    }
    // object.__format__ bound to v (a builtin method object holding it): PyObject_Str(v)
    const m = f !== undefined ? bindToInstance(f, v) : incref(v);
    if (f === undefined) hiddenAlloc();
    try {
      if (spec !== '') typeError(`unsupported format string passed to ${v.cls.name}.__format__`);
      // the bound builtin method's call (cfunction_enter_call), then PyObject_Str
      enterRecursiveCall(WHERE_CALL);
      try {
        return pyStr(v);
      } finally {
        leaveRecursiveCall();
      }
    } finally {
      if (f === undefined) hiddenFree();
      decref(m);
    }
  }
  if (spec === '') return pyStr(v);
  const s = parseSpec(spec);
  if (typeof v === 'boolean') {
    if (s.type === '' || s.type === 's') return pad(v ? 'True' : 'False', '', s, '<');
    return formatInt(v ? 1 : 0, s);
  }
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (s.type === 's') valueError(`Unknown format code 's' for object of type 'int'`);
    return formatInt(v, s);
  }
  if (v instanceof PyFloat) {
    if ('bcdoxXs'.includes(s.type) && s.type !== '') valueError(`Unknown format code '${s.type}' for object of type 'float'`);
    return formatFloat(v.v, s);
  }
  if (typeof v === 'string') {
    if (s.type !== '' && s.type !== 's') valueError(`Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== '-') valueError('Sign not allowed in string format specifier');
    const body = s.precision >= 0 ? [...v].slice(0, s.precision).join('') : v;
    return pad(body, '', s, '<');
  }
  if (spec !== '') typeError(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  return pyStr(v);
}

// ---------- printf-style ----------

/** `fmt % args` */
export function percentFormat(fmt: string, args: unknown): string {
  const items = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict || (args instanceof PyInstance && args.cls.lookup('__getitem__') !== undefined) ? args : null;
  let ai = 0;
  let usedMapping = false;
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  const next = (): unknown => {
    if (ai >= items.length) return typeError('not enough arguments for format string');
    return items[ai++];
  };
  while ((m = re.exec(fmt)) !== null) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const [, key, flags, widthS, precS, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    let val: unknown;
    let held: unknown = undefined;
    const width = widthS === '*' ? Number(next()) : widthS ? parseInt(widthS, 10) : 0;
    const prec = precS === '*' ? Number(next()) : precS !== undefined ? parseInt(precS, 10) : -1;
    if (key !== undefined) {
      if (mapping === null) typeError('format requires a mapping');
      // getnextarg's PyObject_GetItem: a new reference, held while the value is formatted
      val = getItem(mapping, key);
      held = val;
      usedMapping = true;
    } else val = mapping !== null && !(args instanceof PyTuple) ? (ai++ === 0 ? args : typeError('not enough arguments for format string')) : next();
    const spec: Spec = {
      fill: flags.includes('0') && !flags.includes('-') ? '0' : ' ',
      align: flags.includes('-') ? '<' : flags.includes('0') ? '=' : '>',
      sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
      alt: flags.includes('#'),
      zero: false,
      width,
      grouping: '',
      precision: prec,
      type: '',
    };
    let piece: string;
    try {
      switch (conv) {
        case 's':
          piece = pyStr(val);
          if (prec >= 0) piece = piece.slice(0, prec);
          piece = pad(piece, '', { ...spec, fill: ' ', align: spec.align === '=' ? '>' : spec.align }, '>');
          break;
        case 'r':
        case 'a':
          piece = conv === 'a' ? pyAscii(val) : pyRepr(val);
          if (prec >= 0) piece = piece.slice(0, prec);
          piece = pad(piece, '', { ...spec, fill: ' ', align: spec.align === '=' ? '>' : spec.align }, '>');
          break;
        case 'c':
          piece = pad(charOf(val), '', { ...spec, fill: ' ' }, '>');
          break;
        default: {
          const num = numericArg(baseValueOf(val), conv);
          if ('diu'.includes(conv)) piece = formatInt(num as number | bigint, { ...spec, type: 'd', precision: -1 });
          else if ('oxX'.includes(conv)) piece = formatInt(num as number | bigint, { ...spec, type: conv, precision: -1 });
          else piece = formatFloat(num as number, { ...spec, type: conv, precision: prec < 0 ? 6 : prec });
        }
      }
    } finally {
      if (held !== undefined) decref(held);
    }
    out += piece;
  }
  out += fmt.slice(last);
  if (!usedMapping && mapping === null && ai < items.length) typeError('not all arguments converted during string formatting');
  return out;
}

/** %c: an int code point or a one-character string */
function charOf(v: unknown): string {
  if (typeof v === 'string') {
    if ([...v].length !== 1) typeError('%c requires int or char');
    return v;
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? +v : v;
    if (n < 0 || n > 0x10ffff) raise(BT.T_OverflowError, '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  return typeError('%c requires int or char');
}

function numericArg(v: unknown, conv: string): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return 'diuoxX'.includes(conv) ? v : Number(v);
  if (v instanceof PyFloat) {
    if ('oxX'.includes(conv)) typeError(`%${conv} format: an integer is required, not float`);
    if ('diu'.includes(conv)) {
      if (Number.isNaN(v.v)) valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(v.v)) raise(BT.T_OverflowError, 'cannot convert float infinity to integer');
      const t = Math.trunc(v.v);
      return Number.isSafeInteger(t) ? t : BigInt(t);
    }
    return v.v;
  }
  return typeError(`%${conv} format: a ${'diuoxX'.includes(conv) ? 'real number' : 'real number'} is required, not ${typeOf(v).name}`);
}

// ---------- str.format ----------

import { bindToInstance, callBoundSpecial, getAttr } from './attr';

/** the field numbering MarkupIterator shares with the nested fields of a spec (auto_number) */
interface AutoNumber {
  /** 0 unknown yet, 1 automatic, 2 manual */
  mode: number;
  next: number;
}

/** str.format's mapping: its keywords (`kw`), or format_map's object (read with PyObject_GetItem) */
export type FormatKw = Map<string, unknown> | { mapping: unknown } | null;

/** do_string_format / build_string: each field's object is a new reference (get_field_object's
 * PySequence_GetItem of the args tuple, PyObject_GetItem of the kwargs) held while it renders */
export function strFormat(fmt: string, args: unknown[], kw: FormatKw, auto: AutoNumber = { mode: 0, next: 0 }, depth = 2): string {
  if (depth < 0) valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // find the matching close brace (nested fields in the spec)
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (depth > 0) valueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      out += renderField(field);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;

  function renderField(field: string): string {
    let spec = '';
    let conv = '';
    let name = field;
    const colon = indexOutsideBrackets(field, ':');
    if (colon >= 0) {
      spec = field.slice(colon + 1);
      name = field.slice(0, colon);
    }
    const bang = name.indexOf('!');
    if (bang >= 0) {
      conv = name.slice(bang + 1);
      name = name.slice(0, bang);
    }
    const m = /^([^.[]*)(.*)$/.exec(name)!;
    let head = m[1];
    const rest = m[2];
    let val: unknown;
    const numeric = head === '' || /^\d+$/.test(head);
    if (numeric) {
      // autonumber_state_error
      const mode = head === '' ? 1 : 2;
      if (auto.mode === 0) auto.mode = mode;
      else if (auto.mode !== mode) {
        valueError(mode === 1 ? 'cannot switch from manual field specification to automatic field numbering'
          : 'cannot switch from automatic field numbering to manual field specification');
      }
      if (head === '') head = String(auto.next++);
    }
    if (numeric) {
      if (kw !== null && !(kw instanceof Map)) valueError('Format string contains positional fields');
      const k = parseInt(head, 10);
      if (k >= args.length) raise(BT.T_IndexError, `Replacement index ${k} out of range for positional args tuple`);
      val = incref(args[k]);
    } else if (kw !== null && !(kw instanceof Map)) {
      val = getItem(kw.mapping, head);
    } else {
      const v = kw?.get(head);
      if (v === undefined) raise(BT.T_KeyError, [head]);
      val = incref(v);
    }
    val = fieldChain(val, rest);
    try {
      // output_markup: the field's object first, then its spec's nested fields (build_string)
      if (spec.includes('{')) spec = strFormat(spec, args, kw, auto, depth - 1);
    } catch (e) {
      decref(val);
      throw e;
    }
    let s: string;
    try {
      if (conv === 'r') s = formatValue(pyRepr(val), spec);
      else if (conv === 'a') s = formatValue(pyAscii(val), spec);
      else if (conv === 's') s = formatValue(pyStr(val), spec);
      else s = formatValue(val, spec);
    } finally {
      decref(val);
    }
    return s;
  }
}

/** get_field_object's `.name` and `[key]` steps after the first: each a new reference, the previous
 * one released (val is stolen: released on an error too) */
function fieldChain(val: unknown, rest: string): unknown {
  try {
    return fieldSteps(val, rest, (v) => (val = v));
  } catch (e) {
    decref(val);
    throw e;
  }
}

function fieldSteps(val: unknown, rest: string, track: (v: unknown) => void): unknown {
  while (rest.length > 0) {
    const am = /^\.([A-Za-z_]\w*)/.exec(rest);
    let nv: unknown;
    if (am) {
      nv = getAttr(val, am[1]);
      rest = rest.slice(am[0].length);
    } else {
      const im = /^\[([^\]]*)\]/.exec(rest);
      if (!im) return valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
      const key = /^\d+$/.test(im[1]) ? parseInt(im[1], 10) : im[1];
      nv = getItem(val, key);
      rest = rest.slice(im[0].length);
    }
    decref(val);
    val = nv;
    track(val);
  }
  return val;
}

function indexOutsideBrackets(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth--;
    else if (s[i] === ch && depth === 0) return i;
  }
  return -1;
}
