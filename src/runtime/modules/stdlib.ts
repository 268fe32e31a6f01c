// The modules whose code is loaded on first import (Lib/ and Modules/ of the standard library
// that a program must import to use). In the page they are chunks of the engine worker fetched
// when a program imports them, so a first visit downloads only the interpreter's core; sys and
// gc are part of that core (the interpreter itself uses them). weakref's objects (weakref.ref,
// proxies, WeakMethod) are the core's too; the module's weak containers and finalize load here.

import { registerLoader } from '../onDemand';

const LOADERS: Record<string, () => Promise<unknown>> = {
  collections: () => import('./collections'),
  contextlib: () => import('./contextlib'),
  functools: () => import('./functools'),
  operator: () => import('./operator'),
  heapq: () => import('./heapq'),
  bisect: () => import('./bisect'),
  itertools: () => import('./itertools'),
  math: () => import('./math'),
  random: () => import('./random'),
  copy: () => import('./copy'),
  string: () => import('./string'),
  time: () => import('./time'),
  dataclasses: () => import('./dataclasses'),
  enum: () => import('./enum'),
  typing: () => import('./typing'),
  weakref: () => import('./weakref'),
};

for (const [name, load] of Object.entries(LOADERS)) registerLoader(name, load);

