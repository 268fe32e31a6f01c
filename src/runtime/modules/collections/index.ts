// The collections module (Lib/collections/__init__.py over Modules/_collectionsmodule.c and
// Objects/odictobject.c): deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple.

import { PyModule } from '../../objects/descriptors';
import { registerModule } from '../registry';
import { T_deque } from './deque';
import { T_OrderedDict, T_defaultdict } from './dictTypes';
import { T_Counter } from './counter';
import { T_ChainMap } from './chainmap';
import { namedtupleFn } from './namedtuple';
import './subclasses';

registerModule('collections', () => {
  const m = new PyModule('collections');
  for (const t of [T_deque, T_defaultdict, T_OrderedDict, T_Counter, T_ChainMap]) m.attrs.set(t.name, t);
  m.attrs.set('namedtuple', namedtupleFn);
  return m;
});
