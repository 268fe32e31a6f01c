// The thread's data stack (3.13+): Python/pystate.c's _PyThreadState_PushFrame / push_chunk /
// _PyThreadState_PopFrame and Include/internal/pycore_frame.h's _PyThreadState_HasStackSpace.
// Every frame not owned by a generator takes co_framesize slots (nlocalsplus + co_stacksize +
// FRAME_SPECIALS_SIZE) in a chunk of DATA_STACK_CHUNK_SIZE bytes; a frame that does not fit
// starts a new chunk, freed when that frame is popped. So the chunks in use follow from the
// frames alive: the state after a frame is its caller's state with the frame pushed, kept on
// the frame. What reads it: CALL_ALLOC_AND_ENTER_INIT (objects/typeobject/typeCall.ts), which
// deoptimises when the chunk has no room for the _Py_InitCleanup shim and the __init__ frame.

import type { Code } from '../../objects/code';
import type { Frame } from '../frame';
import { profile } from '../../versions';

/** DATA_STACK_CHUNK_SIZE (16 KiB) in 8-byte slots */
const CHUNK_SLOTS = 2048;
/** _PyStackChunk's header: previous, size, top */
const CHUNK_HEADER = 3;
/** push_chunk's MINIMUM_OVERHEAD: a chunk holds the frame and this many slots more */
const MINIMUM_OVERHEAD = 1000;
/** a code object whose stack size RefScope cannot estimate (made natively): a guess */
const UNKNOWN_STACKSIZE = 4;

/** where the data stack's top is: slots used in the current chunk, and the chunk's capacity */
export interface StackTop {
  top: number;
  limit: number;
}

/** the root chunk, its first slot skipped (push_chunk: so it is never freed) */
const ROOT: StackTop = { top: 1, limit: CHUNK_SLOTS - CHUNK_HEADER };

/** co_framesize: nlocalsplus + co_stacksize + FRAME_SPECIALS_SIZE (Objects/codeobject.c) */
export function framesize(code: Code): number {
  if (code.framesize === undefined) {
    const stacksize = code.stackSize !== undefined ? code.stackSize() : UNKNOWN_STACKSIZE;
    code.framesize = code.varnames.length + code.freevars.length + stacksize + profile.frameSpecialsSize;
  }
  return code.framesize;
}

/** _Py_InitCleanup's co_framesize: a stack of two */
function shimFramesize(): number {
  return 2 + profile.frameSpecialsSize;
}

/** _PyThreadState_PushFrame: the frame in the current chunk, or in a new one (push_chunk) */
function pushFrameSlots(at: StackTop, size: number): StackTop {
  if (size < at.limit - at.top) return { top: at.top + size, limit: at.limit };
  let alloc = CHUNK_SLOTS;
  while (alloc < size + MINIMUM_OVERHEAD) alloc *= 2;
  return { top: size, limit: alloc - CHUNK_HEADER };
}

/** the data stack's top while `f` runs (the frames below it pushed; generator frames take none) */
function stackTopAt(f: Frame | null): StackTop {
  const chain: Frame[] = [];
  let below: StackTop = ROOT;
  for (let g = f; g !== null; g = g.back) {
    if (g.gen !== null) continue;
    if (g.stackTop !== null) {
      below = g.stackTop;
      break;
    }
    chain.push(g);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const g = chain[i];
    if (g.viaInitShim) below = pushFrameSlots(below, shimFramesize());
    below = pushFrameSlots(below, framesize(g.code));
    g.stackTop = below;
  }
  return below;
}

/** _PyThreadState_HasStackSpace(tstate, size): room for `size` slots above the current frame */
function hasStackSpace(size: number, f: Frame | null): boolean {
  const at = stackTopAt(f);
  return size < at.limit - at.top;
}

/** CALL_ALLOC_AND_ENTER_INIT's check: room for the shim frame and `__init__`'s */
export function initHasStackSpace(init: Code, f: Frame | null): boolean {
  if (profile.frameSpecialsSize === 0) return true;
  return hasStackSpace(framesize(init) + shimFramesize(), f);
}
