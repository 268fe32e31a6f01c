// tuple methods.

import { T_tuple } from '../../objects/builtinTypes';
import { method } from '../../objects/function';
import { PyTuple } from '../../objects/tuple';
import { pyEq } from '../../eval/compare';
import { valueError } from '../../eval/errors';
import { exactArgs, argRange } from '../../eval/args';

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
