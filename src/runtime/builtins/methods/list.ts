// list methods (Objects/listobject.c).

import { T_list } from '../../objects/builtinTypes';
import { method } from '../../objects/function';
import { PyList, newListExact } from '../../objects/list';
import { listAppendAlloc, listAssSliceAlloc, listResize } from '../../objects/storage/listResize';
import { listExtend } from '../listExtend';
import { decref, incref, obs } from '../../objects/object';
import { pyEqHeld } from '../../eval/compare';
import { pyRepr } from '../../eval/repr';
import { indexError, valueError, typeError } from '../../eval/errors';
import { argParserInit, exactArgs, argRange, intArg, parseArgs } from '../../eval/args';
import { sortList } from '../iteration';
import { pyTruthy } from '../../eval/protocols';

const changed = (l: PyList): void => {
  if (obs !== null) obs.mutate(l);
};

method(T_list, 'append', (l: PyList, args) => {
  exactArgs('list.append', args, 1);
  listAppendAlloc(l);
  l.items.push(incref(args[0]));
  if (obs !== null) obs.mutate(l, l.items.length - 1);
  return null;
});

method(T_list, 'extend', (l: PyList, args) => {
  exactArgs('list.extend', args, 1);
  listExtend(l, args[0]);
  return null;
});

method(T_list, 'insert', (l: PyList, args) => {
  if (args.length !== 2) typeError(`insert expected 2 arguments, got ${args.length}`);
  let i = intArg(args[0], 'insert');
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  listResize(l, n + 1);
  l.items.splice(i, 0, incref(args[1]));
  changed(l);
  return null;
});

method(T_list, 'pop', (l: PyList, args) => {
  argRange('pop', args, 0, 1);
  const n = l.items.length;
  if (n === 0) indexError('pop from empty list');
  let i = args.length > 0 ? intArg(args[0], 'pop') : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('pop index out of range');
  listResize(l, n - 1);
  const [v] = l.items.splice(i, 1);
  changed(l);
  return v; // the list's reference passes to the caller
});

method(T_list, 'remove', (l: PyList, args) => {
  exactArgs('list.remove', args, 1);
  const i = l.items.findIndex((x) => x === args[0] || pyEqHeld(x, args[0]));
  if (i < 0) valueError('list.remove(x): x not in list');
  listAssSliceAlloc(l, l.items.length - 1);
  const [v] = l.items.splice(i, 1);
  changed(l);
  decref(v);
  return null;
});

method(T_list, 'index', (l: PyList, args) => {
  argRange('index', args, 1, 3);
  const n = l.items.length;
  let start = args.length > 1 ? intArg(args[1], 'index') : 0;
  let stop = args.length > 2 ? intArg(args[2], 'index') : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, l.items.length); i++) if (l.items[i] === args[0] || pyEqHeld(l.items[i], args[0])) return i;
  return valueError(`${pyRepr(args[0])} is not in list`);
});

method(T_list, 'count', (l: PyList, args) => {
  exactArgs('list.count', args, 1);
  let c = 0;
  for (const x of l.items) if (x === args[0] || pyEqHeld(x, args[0])) c++;
  return c;
});

method(T_list, 'clear', (l: PyList, args) => {
  exactArgs('list.clear', args, 0);
  PyList.prototype.clear.call(l);
  return null;
});

method(T_list, 'copy', (l: PyList, args) => {
  exactArgs('list.copy', args, 0);
  return newListExact(l.items.map(incref));
});

method(T_list, 'reverse', (l: PyList, args) => {
  exactArgs('list.reverse', args, 0);
  l.items.reverse();
  changed(l);
  return null;
});

method(T_list, 'sort', (l: PyList, args, kw) => {
  if (args.length > 0) typeError('sort() takes no positional arguments');
  // list_sort's clinic wrapper parses keywords through its _PyArg_Parser (key, reverse)
  if (kw !== null && kw.size > 0) argParserInit('list.sort', 2);
  const [key, reverse] = parseArgs('sort', [], kw, ['key?', 'reverse?']);
  sortList(l, key ?? null, pyTruthy(reverse ?? false));
  return null;
});

method(T_list, '__len__', (l: PyList) => l.items.length);
