// The itertools module (Modules/itertoolsmodule.c): every iterator, a GC-tracked object of its
// own type holding its sources (see basic.ts and combinatoric.ts).

import { PyModule } from '../../objects/descriptors';
import { builtin, method, type Kw } from '../../objects/function';
import { getIter } from '../../objects/iter';
import { registerModule } from '../registry';
import { exactArgs } from '../../eval/args';
import { immortalClassMethod } from '../collections/dictTypes';
import { itType } from './common';
import {
  accumulate, chain, chainFrom, compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, repeat, starmap,
  takewhile, tee, teeCopy, zipLongest,
} from './basic';
import { combinations, combinationsWithReplacement, permutations, product } from './combinatoric';

const CONSTRUCTORS: [string, (args: unknown[], kw: Kw) => unknown][] = [
  ['count', count], ['cycle', cycle], ['repeat', repeat], ['accumulate', accumulate], ['chain', chain], ['compress', compress],
  ['dropwhile', dropwhile], ['takewhile', takewhile], ['filterfalse', filterfalse], ['groupby', groupby], ['islice', islice],
  ['pairwise', pairwise], ['starmap', starmap], ['zip_longest', zipLongest], ['product', product], ['permutations', permutations],
  ['combinations', combinations], ['combinations_with_replacement', combinationsWithReplacement],
];
for (const [name, make] of CONSTRUCTORS) itType(name).construct = make;

itType('chain').methods.set('from_iterable', immortalClassMethod(builtin('from_iterable', (args) => {
  exactArgs('from_iterable', args, 2);
  return chainFrom(getIter(args[1]));
}, 'itertools')));
method(itType('_tee'), '__copy__', (self) => teeCopy(self as Parameters<typeof teeCopy>[0]));

registerModule('itertools', () => {
  const m = new PyModule('itertools');
  for (const [name] of CONSTRUCTORS) m.attrs.set(name, itType(name));
  m.attrs.set('tee', builtin('tee', tee, 'itertools'));
  return m;
});
