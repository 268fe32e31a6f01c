// Python float: a boxed JS number, so that 1.0 and 1 stay different types.
// Floats are atoms: shared-value objects the issue lets us leave uncounted (immortal here).

import { IMMORTAL_RC } from './typeobject/type';

export class PyFloat {
  rc = IMMORTAL_RC;
  readonly immortal = true;
  constructor(readonly v: number) {}
}

export function mkFloat(v: number): PyFloat {
  return new PyFloat(v);
}
