// An executing frame: CPython 3.11's _PyInterpreterFrame. Not a heap object (3.11 frames are
// not objects unless asked for), so the references it holds are roots for the collector.

import type { Code } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyCell, PyFunction } from '../objects/function';
import type { PyFrameObject } from '../objects/frameObject';
import type { PyObject } from '../objects/object';
import type { StackTop } from './ceval/dataStack';

export class Frame {
  /** fast locals and cells; undefined = unbound */
  locals: unknown[];
  line: number;
  retval: unknown = null;
  /** for-loop iterators alive in this frame (the evaluator's temporaries worth showing) */
  iters: unknown[] = [];
  /** exceptions being handled (sys.exc_info), innermost last */
  handling: unknown[] = [];
  /**
   * a generator body's exception handlers around where it runs (try, except, with, a finally
   * entered by an exception), the compiler's except-stack depth less the generator's own handler
   */
  exceptDepth = 0;
  depth: number;
  /** the frame object, once something (a traceback) asked for one */
  obj: PyFrameObject | null = null;
  /** the trace recorder's id for this frame (0: not recorded) */
  traceId = 0;
  /** queued for the trace recorder's next diff */
  traceDirty = false;
  /** the generator that owns this frame (3.11 embeds a generator's frame in the generator) */
  gen: PyObject | null = null;
  /** frame->f_locals: the dict frame.f_locals filled (PyFrame_FastToLocals), released with the frame */
  localsDict: PyDict | null = null;
  /** a class body's `__class__` cell (held until the body returns it as __classcell__) */
  classCell: PyCell | null = null;
  /** 3.14: which locals hold a borrowed reference (a parameter passed on from a caller's local; eval/borrow.ts) */
  borrowed: boolean[] | null = null;
  /** 3.13+: the data stack's top with this frame pushed (eval/ceval/dataStack.ts), once asked */
  stackTop: StackTop | null = null;
  /** 3.13+: entered by CALL_ALLOC_AND_ENTER_INIT, over its _Py_InitCleanup shim frame */
  viaInitShim = false;

  constructor(
    public code: Code,
    public globals: PyDict,
    /** the class namespace while a class body runs (LOAD_NAME / STORE_NAME) */
    public ns: PyDict | null,
    public fn: PyFunction | null,
    public back: Frame | null,
  ) {
    this.locals = new Array(code.varnames.length + code.freevars.length);
    this.line = code.firstLine;
    this.depth = back === null ? 1 : back.depth + 1;
  }
}
