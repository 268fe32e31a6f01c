// The bisect module (Modules/_bisectmodule.c): binary search over any sequence with `<`,
// an optional key applied to the items (not to x), and insort through list.insert.

import { decref, incref, obs } from '../objects/object';
import { T_list } from '../objects/builtinTypes';
import { PyList } from '../objects/list';
import { listResize } from '../objects/storage/listResize';
import { PyModule } from '../objects/descriptors';
import { builtin, type Kw } from '../objects/function';
import { registerModule } from './registry';
import { argParserInitKw, intArg, parseArgs } from '../eval/args';
import { valueError } from '../eval/errors';
import { pyLt } from '../eval/compare';
import { getItem, pyLen } from '../eval/protocols';
import { callObject } from '../eval/call';
import { loadMethod } from '../eval/attr';

/** internal_bisect_right / internal_bisect_left */
function bisect(a: unknown, x: unknown, loArg: unknown, hiArg: unknown, key: unknown, right: boolean): number {
  let lo = loArg === undefined ? 0 : intArg(loArg, 'bisect');
  if (lo < 0) valueError('lo must be non-negative');
  let hi = hiArg === undefined || hiArg === null ? pyLen(a) : intArg(hiArg, 'bisect');
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = getItem(a, mid);
    let litem = item;
    try {
      if (key !== undefined && key !== null) litem = callObject(key, [incref(item)], null);
      const res = right ? pyLt(x, litem) : pyLt(litem, x);
      if (right ? res : !res) hi = mid;
      else lo = mid + 1;
    } finally {
      if (litem !== item) decref(litem);
      decref(item);
    }
  }
  return lo;
}

function bisectFn(name: string, right: boolean): (args: unknown[], kw: Kw) => unknown {
  return (args, kw) => {
    argParserInitKw(name, 5, kw, 'runtime'); // _bisect is a shared library: built in every version
    const [a, x, lo, hi, key] = parseArgs(name, args, kw, ['a', 'x', 'lo?', 'hi?', 'key?'], { maxPos: 4 });
    return bisect(a, x, lo, hi, key, right);
  };
}

function insortFn(name: string, right: boolean): (args: unknown[], kw: Kw) => unknown {
  return (args, kw) => {
    argParserInitKw(name, 5, kw, 'runtime');
    const [a, x, lo, hi, key] = parseArgs(name, args, kw, ['a', 'x', 'lo?', 'hi?', 'key?'], { maxPos: 4 });
    let index: number;
    if (key === undefined || key === null) index = bisect(a, x, lo, hi, null, right);
    else {
      const kx = callObject(key, [incref(x)], null);
      try {
        index = bisect(a, kx, lo, hi, key, right);
      } finally {
        decref(kx);
      }
    }
    if (a instanceof PyList && a.type === T_list) {
      listResize(a, a.items.length + 1); // PyList_Insert: ins1
      a.items.splice(index, 0, incref(x));
      if (obs !== null) obs.mutate(a);
    } else {
      const [f, self] = loadMethod(incref(a), 'insert');
      const callArgs: unknown[] = [index, incref(x)];
      if (self !== undefined) callArgs.unshift(self);
      try {
        decref(callObject(f, callArgs, null));
      } finally {
        decref(f);
      }
    }
    return null;
  };
}

registerModule('bisect', () => {
  const m = new PyModule('bisect');
  const def = (name: string, fn: (args: unknown[], kw: Kw) => unknown) => m.attrs.set(name, builtin(name, fn, 'bisect'));
  def('bisect_right', bisectFn('bisect_right', true));
  def('bisect_left', bisectFn('bisect_left', false));
  def('insort_right', insortFn('insort_right', true));
  def('insort_left', insortFn('insort_left', false));
  m.attrs.set('bisect', m.attrs.get('bisect_right'));
  m.attrs.set('insort', m.attrs.get('insort_right'));
  return m;
});
