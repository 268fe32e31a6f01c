// Complex numbers (Objects/complexobject.c): an uncounted atom like float, its repr (the
// shortest 'r' repr of each part without '.0', parenthesised unless the real part is +0), and the
// .real / .imag / .conjugate() of all three numbers. Their arithmetic, comparison, hash, abs()
// and complex() are in complexOps.ts, fetched on first use (parts.ts: complexPart).

import { PyObject } from './object';
import { IMMORTAL_RC, type PyType } from './typeobject/type';
import { PyFloat } from './float';
import * as BT from './builtinTypes';
import { builtin } from './function';
import { floatRepr } from '../eval/repr';

export const T_complex = BT.T_complex;

export class PyComplex extends PyObject {
  readonly immortal = true;
  constructor(readonly re: number, readonly im: number) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_complex;
  }
  pyRepr(): string {
    return complexRepr(this.re, this.im);
  }
  pyGetAttr(name: string): unknown {
    if (name === 'real') return new PyFloat(this.re);
    if (name === 'imag') return new PyFloat(this.im);
    if (name === 'conjugate') return builtin('conjugate', () => new PyComplex(this.re, -this.im));
    return undefined;
  }
}

/** a part of a complex repr: repr(float) without the '.0' (PyOS_double_to_string 'r', no ADD_DOT_0) */
function part(v: number): string {
  const r = floatRepr(v);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const i = part(im);
  const sign = i.startsWith('-') ? '' : '+';
  return `(${part(re)}${sign}${i}j)`;
}

export function isReal(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
}

/** .real / .imag / .conjugate of ints and floats (their getsets and methods) */
export function realNumberAttr(o: unknown, name: string): unknown {
  if (!isReal(o)) return undefined;
  if (name === 'real') return typeof o === 'boolean' ? (o ? 1 : 0) : o;
  if (name === 'imag') return o instanceof PyFloat ? new PyFloat(0) : 0;
  if (o instanceof PyFloat) return undefined;
  if (name === 'numerator') return typeof o === 'boolean' ? (o ? 1 : 0) : o;
  if (name === 'denominator') return 1;
  return undefined;
}
