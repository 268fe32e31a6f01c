// sys.stdout and sys.stderr (_io.TextIOWrapper objects, their write and flush methods), and
// what CPython 3.11's _io stack does under them when the output is piped (how
// the tests record CPython): Modules/_io/textio.c's TextIOWrapper over bufferedio.c's
// BufferedWriter. What the program sees of them is generation 0's count: the TextIOWrapper's
// pending-bytes list (made by the second write before a flush, taken from the list free list,
// released to it by the flush) and the memoryview that each raw write of the BufferedWriter makes
// and frees (net zero, but its allocation can trigger a collection).

import { hiddenAlloc, hiddenFree } from '../../gc/heap';
import * as BT from '../../objects/builtinTypes';
import { PyObject, obs } from '../../objects/object';
import { method } from '../../objects/function';
import { PyType, IMMORTAL_RC } from '../../objects/typeobject/type';
import { typeOf } from '../../objects/typeobject/typeOf';
import { exactArgs, noKw } from '../../eval/args';
import { typeError } from '../../eval/errors';
import { S } from '../../eval/state';

/** TextIOWrapper's chunk_size */
const CHUNK_SIZE = 8192;
/** BufferedWriter's buffer_size: _io.open takes the file's st_blksize, 4096 for a pipe or a file on Linux */
const BUFFER_SIZE = 4096;

export type StreamName = 'stdout' | 'stderr';

interface TextIO {
  /** self->pending_bytes: nothing, one str/bytes object, or a list of them */
  pending: 'none' | 'one' | 'list';
  /** self->pending_bytes_count */
  pendingCount: number;
  /** create_stdio: stderr is line-buffered; stdout is not when it is not a terminal */
  lineBuffering: boolean;
  /** the BufferedWriter's bytes not yet written to the file descriptor */
  buffered: number;
}

function newTextIO(lineBuffering: boolean): TextIO {
  return { pending: 'none', pendingCount: 0, lineBuffering, buffered: 0 };
}

const streams: Record<StreamName, TextIO> = { stdout: newTextIO(false), stderr: newTextIO(true) };

export function resetTextIO(): void {
  streams.stdout = newTextIO(false);
  streams.stderr = newTextIO(true);
}

/** the length of the text encoded as UTF-8 (the streams' encoding) */
function encodedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** _bufferedwriter_raw_write: PyMemoryView_FromBuffer makes a managed buffer and a memoryview, freed after FileIO.write */
function bufferedwriterRawWrite(): void {
  hiddenAlloc();
  hiddenAlloc();
  hiddenFree();
  hiddenFree();
}

/** _bufferedwriter_flush_unlocked */
function bufferedwriterFlush(s: TextIO): void {
  if (s.buffered > 0) bufferedwriterRawWrite();
  s.buffered = 0;
}

/** _io_BufferedWriter_write_impl: buffer what fits; else write the buffer out, then what exceeds a buffer */
function bufferedwriterWrite(s: TextIO, n: number): void {
  if (n <= BUFFER_SIZE - s.buffered) {
    s.buffered += n;
    return;
  }
  bufferedwriterFlush(s);
  let remaining = n;
  while (remaining > BUFFER_SIZE) {
    bufferedwriterRawWrite();
    remaining = 0;
  }
  s.buffered = remaining;
}

/** _textiowrapper_writeflush: the pending bytes go to the BufferedWriter; a pending list is freed */
function textiowrapperWriteflush(s: TextIO): void {
  if (s.pending === 'none') return;
  const n = s.pendingCount;
  if (s.pending === 'list') hiddenFree('list');
  s.pending = 'none';
  s.pendingCount = 0;
  bufferedwriterWrite(s, n);
}

/** _io_TextIOWrapper_write_impl, for the generation counts (the text itself is written by the caller) */
export function textiowrapperWrite(stream: StreamName, text: string): void {
  const s = streams[stream];
  const needflush = s.lineBuffering && (text.includes('\n') || text.includes('\r'));
  const bytesLen = encodedLength(text);
  // "Prevent to concatenate more than chunk_size data."
  if (s.pendingCount + bytesLen > CHUNK_SIZE) textiowrapperWriteflush(s);
  if (s.pending === 'none') {
    s.pending = 'one';
    s.pendingCount = 0;
  } else if (s.pending === 'one') {
    hiddenAlloc('list'); // PyList_New(2): the pending object and this one
    s.pending = 'list';
  }
  s.pendingCount += bytesLen;
  if (s.pendingCount >= CHUNK_SIZE || needflush) textiowrapperWriteflush(s);
  if (needflush) bufferedwriterFlush(s);
}

/** _io_TextIOWrapper_flush_impl: the pending bytes, then the BufferedWriter's flush */
export function textiowrapperFlush(stream: StreamName): void {
  const s = streams[stream];
  textiowrapperWriteflush(s);
  bufferedwriterFlush(s);
}

/**
 * The _io.TextIOWrapper type of sys.stdout and sys.stderr: its methods are found on the type, so
 * `sys.stdout.write(s)` calls without a bound method (LOAD_METHOD) and `w = sys.stdout.write`
 * makes one (a builtin method holding the stream, counted in generation 0).
 */
export const T_TextIOWrapper = new PyType('TextIOWrapper', [BT.T_object], true, '_io');

/** sys.stdout / sys.stderr: what is written goes to the program's output */
export class PyTextIO extends PyObject {
  readonly immortal = true;
  constructor(readonly streamName: StreamName) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_TextIOWrapper;
  }
  pyRepr(): string {
    return `<_io.TextIOWrapper name='<${this.streamName}>' mode='w' encoding='utf-8'>`;
  }
}

method(T_TextIOWrapper, 'write', (self, args, kw) => {
  noKw('write', kw);
  exactArgs('write', args, 1);
  const text = args[0];
  if (typeof text !== 'string') typeError(`write() argument must be str, not ${typeOf(text).name}`);
  const name = (self as PyTextIO).streamName;
  textiowrapperWrite(name, text as string);
  S.write(name, text as string);
  if (obs !== null) obs.write(name, text as string);
  return [...(text as string)].length;
});

method(T_TextIOWrapper, 'flush', (self, args, kw) => {
  noKw('flush', kw);
  exactArgs('flush', args, 0);
  textiowrapperFlush((self as PyTextIO).streamName);
  return null;
});
