// The sys module: getrefcount above all.

import { profile } from '../versions';
import * as BT from '../objects/builtinTypes';
import { PyModule } from '../objects/descriptors';
import { builtin } from '../objects/function';
import { PyObject, obs } from '../objects/object';
import { excInfo } from '../eval/exceptionAttrs';
import { registerModule } from './registry';
import { S } from '../eval/state';
import { exactArgs, intArg } from '../eval/args';
import { raise, valueError, typeError } from '../eval/errors';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { framePart, sizeofPart } from '../parts';
import { PyTextIO } from './io/textio';

function immortal<T extends PyObject>(o: T): T {
  o.rc = IMMORTAL_RC;
  (o as { immortal?: boolean }).immortal = true;
  return o;
}
import { IMMORTAL_RC } from '../objects/typeobject/type';
import { typeOf } from '../objects/typeobject/typeOf';
import { pyRepr } from '../eval/repr';
import { sharedRefcount } from '../gc/sharedRefs';
import { pep683Immortal } from '../objects/immortal';
import { visibleRefcount } from '../eval/borrow';

registerModule('sys', () => {
  const m = new PyModule('sys');
  const a = m.attrs;
  a.set(
    'getrefcount',
    builtin('getrefcount', (args) => {
      exactArgs('getrefcount', args, 1);
      const v = args[0];
      // PEP 683 (3.12+): an immortal object reads the profile's constant
      if (profile.pep683ImmortalObjects && pep683Immortal(v)) return profile.immortalRefcount;
      if (v instanceof PyObject && !(v as { immortal?: boolean }).immortal) {
        // 3.14: borrowed references (LOAD_FAST_BORROW) do not count
        const n = visibleRefcount(v);
        if (obs !== null) obs.getrefcount(v, n);
        return n;
      }
      const shared = sharedRefcount(v);
      if (shared !== null) return shared;
      return raise(BT.T_NotImplementedError, `sys.getrefcount(${pyRepr(v)}): RefScope does not count references to ${typeOf(v).name} values${v instanceof PyObject ? ' the interpreter owns' : ''} (CPython 3.11 does)`);
    }, 'sys'),
  );
  a.set('getrecursionlimit', builtin('getrecursionlimit', () => S.recursionLimit, 'sys'));
  a.set(
    'setrecursionlimit',
    builtin('setrecursionlimit', (args) => {
      exactArgs('setrecursionlimit', args, 1);
      const n = intArg(args[0], 'setrecursionlimit');
      if (n < 1) valueError('recursion limit must be greater or equal than 1');
      S.recursionLimit = n;
      return null;
    }, 'sys'),
  );
  a.set('exit', builtin('exit', (args) => raise(BT.T_SystemExit, args.length > 0 ? [args[0]] : []), 'sys'));
  a.set('getsizeof', builtin('getsizeof', (args) => sizeofPart().sysGetsizeof(args), 'sys'));
  a.set('_getframe', builtin('_getframe', (args) => framePart().sysGetframe(args), 'sys'));
  a.set('exc_info', builtin('exc_info', () => excInfo(), 'sys'));
  a.set('stdout', new PyTextIO('stdout'));
  a.set('stderr', new PyTextIO('stderr'));
  a.set('maxsize', 9223372036854775807n);
  a.set('version', `${profile.versionInfo.join('.')} (RefScope simulation)`);
  // module constants live outside the traced heap (immortal), so they never clutter the graph
  a.set('version_info', immortal(new PyTuple([...profile.versionInfo, 'final', 0])));
  a.set('argv', immortal(new PyList([''])));
  a.set('platform', 'refscope');
  a.set('implementation', 'RefScope');
  return m;
});
