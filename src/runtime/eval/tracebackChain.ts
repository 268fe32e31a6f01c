// Adding the current frame to a propagating exception's traceback (PyTraceBack_Here).

import { PyError } from './errors';
import type { Frame } from './frame';
import { newTraceback } from '../objects/frameObject';

export function addTraceback(e: unknown, f: Frame): void {
  if (!(e instanceof PyError)) return;
  const x = e.exc;
  if (x.tbFrame === f) return;
  x.tbFrame = f;
  x.tb = newTraceback(x.tb, f);
}
