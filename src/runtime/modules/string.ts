// The string module (Lib/string.py): its constants, capwords, and Template with
// substitute/safe_substitute over the default pattern ($$, $name, ${name}).

import * as BT from '../objects/builtinTypes';
import { PyModule } from '../objects/descriptors';
import { builtin, method, type Kw } from '../objects/function';
import { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/typeobject/type';
import { plainNew } from '../gc/heap';
import { registerModule } from './registry';
import { parseArgs } from '../eval/args';
import { keyError, typeError, valueError } from '../eval/errors';
import { getItem } from '../eval/protocols';
import { pyStr, hexAddr } from '../eval/repr';
import { typeOf } from '../objects/typeobject/typeOf';
import { decref } from '../objects/object';

const whitespace = ' \t\n\r\x0b\x0c';
const asciiLowercase = 'abcdefghijklmnopqrstuvwxyz';
const asciiUppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const asciiLetters = asciiLowercase + asciiUppercase;
const digits = '0123456789';
const hexdigits = digits + 'abcdef' + 'ABCDEF';
const octdigits = '01234567';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const printable = digits + asciiLetters + punctuation + whitespace;

/** str.capitalize: the first character upper (title) case, the rest lower */
function capitalize(w: string): string {
  const chars = [...w];
  if (chars.length === 0) return '';
  return chars[0].toUpperCase() + chars.slice(1).join('').toLowerCase();
}

/** str.split(None): runs of whitespace separate, none at the ends */
function splitWhitespace(s: string): string[] {
  return s.split(/[\s\x1c-\x1f\x85]+/u).filter((p) => p !== '');
}

export const T_Template = new PyType('Template', [BT.T_object], true, 'string');

class PyTemplate extends PyObject {
  constructor(public template: string) {
    super();
  }
  get type(): PyType {
    return T_Template;
  }
  pyRepr(): string {
    return `<string.Template object at ${hexAddr(this)}>`;
  }
  pyGetAttr(name: string): unknown {
    if (name === 'template') return this.template;
    if (name === 'delimiter') return '$';
    return undefined;
  }
}

T_Template.construct = (args, kw) => {
  const [t] = parseArgs('Template', args, kw, ['template']);
  if (typeof t !== 'string') typeError(`expected string or bytes-like object, got '${typeOf(t).name}'`);
  return plainNew(new PyTemplate(t as string));
};

const PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;

function substitute(self: PyTemplate, args: unknown[], kw: Kw, safe: boolean): string {
  if (args.length > 1) typeError(`${safe ? 'safe_substitute' : 'substitute'}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  const mapping = args.length === 1 ? args[0] : null;
  const lookup = (name: string): string | undefined => {
    if (kw !== null && kw.has(name)) return pyStr(kw.get(name));
    if (mapping === null) return undefined;
    if (mapping instanceof PyDict) {
      const v = mapping.get(name);
      return v === undefined ? undefined : pyStr(v);
    }
    const v = getItem(mapping, name);
    const s = pyStr(v);
    decref(v);
    return s;
  };
  const tpl = self.template;
  return tpl.replace(PATTERN, (whole, escaped, named, braced, invalid, offset: number) => {
    if (escaped !== undefined) return '$';
    const name = named ?? braced;
    if (name !== undefined) {
      const v = lookup(name);
      if (v === undefined) {
        if (safe) return whole;
        return keyError(name);
      }
      return v;
    }
    if (invalid !== undefined) {
      if (safe) return whole;
      // Template._invalid: the position just after the delimiter, by lines kept with their ends
      const i = offset + 1;
      const lines = tpl.slice(0, i).match(/[^\n]*\n|[^\n]+$/g) ?? [];
      if (lines.length === 0) return valueError('Invalid placeholder in string: line 1, col 1');
      const colno = i - lines.slice(0, -1).join('').length;
      return valueError(`Invalid placeholder in string: line ${lines.length}, col ${colno}`);
    }
    return whole;
  });
}

method(T_Template, 'substitute', (self, args, kw) => substitute(self as PyTemplate, args, kw, false));
method(T_Template, 'safe_substitute', (self, args, kw) => substitute(self as PyTemplate, args, kw, true));

registerModule('string', () => {
  const m = new PyModule('string');
  const a = m.attrs;
  a.set('whitespace', whitespace);
  a.set('ascii_lowercase', asciiLowercase);
  a.set('ascii_uppercase', asciiUppercase);
  a.set('ascii_letters', asciiLetters);
  a.set('digits', digits);
  a.set('hexdigits', hexdigits);
  a.set('octdigits', octdigits);
  a.set('punctuation', punctuation);
  a.set('printable', printable);
  a.set('capwords', builtin('capwords', (args, kw) => {
    const [s, sep] = parseArgs('capwords', args, kw, ['s', 'sep?']);
    if (typeof s !== 'string') typeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(s).name}' object`);
    if (sep === undefined || sep === null || sep === '') return splitWhitespace(s as string).map(capitalize).join(' ');
    if (typeof sep !== 'string') typeError(`must be str or None, not ${typeOf(sep).name}`);
    return (s as string).split(sep as string).map(capitalize).join(sep as string);
  }, 'string'));
  a.set('Template', T_Template);
  return m;
});
