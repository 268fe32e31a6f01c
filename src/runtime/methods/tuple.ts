// tuple methods.

import { T_tuple } from '../builtinTypes';
import { method } from '../function';
import { PyTuple } from '../tuple';
import { pyEq } from '../compare';
import { valueError } from '../errors';
import { exactArgs, argRange } from '../args';

method(T_tuple, 'count', (t: PyTuple, args) => {
  exactArgs('tuple.count', args, 1);
  return t.items.filter((x) => x === args[0] || pyEq(x, args[0])).length;
});

method(T_tuple, 'index', (t: PyTuple, args) => {
  argRange('index', args, 1, 3);
  const i = t.items.findIndex((x) => x === args[0] || pyEq(x, args[0]));
  if (i < 0) valueError('tuple.index(x): x not in tuple');
  return i;
});
