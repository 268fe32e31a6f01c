// The dense record: a growable Int32 log of operations, step boundaries into it, and interned
// strings. One operation is a few int32s, so an event costs bytes, not an object.

export const enum Op {
  Rc = 1, // id rc
  Alloc = 2, // id typeStr
  Free = 3, // id
  Edge = 4, // id label tag payload flags
  Unedge = 5, // id label
  Meta = 6, // id field value
  FramePush = 7, // frame name parent callerLine
  FramePop = 8, // frame
  Var = 9, // frame slot name tag payload
  Unvar = 10, // frame slot
  FrameLine = 11, // frame line
  Out = 12, // stream endOffset
  Gc = 13, // phase generation dataStart count collected
  Transient = 14, // id label (id -1 clears)
  FrameSuspend = 15, // frame owner line (a generator's frame stops at line: the generator holds it)
  FrameResume = 16, // frame parent callerLine (it runs again, called from parent)
  Gen0Count = 17, // count (generation 0's count changed alone: gcstate->generations[0].count)
  GcCounts = 18, // count0 count1 count2 threshold0 threshold1 threshold2 (gc.get_count(), gc.get_threshold())
}

/** how many int32s follow each opcode */
export const OP_ARGS: Record<number, number> = {
  [Op.Rc]: 2, [Op.Alloc]: 2, [Op.Free]: 1, [Op.Edge]: 5, [Op.Unedge]: 2, [Op.Meta]: 3,
  [Op.FramePush]: 4, [Op.FramePop]: 1, [Op.Var]: 5, [Op.Unvar]: 2, [Op.FrameLine]: 2,
  [Op.Out]: 2, [Op.Gc]: 5, [Op.Transient]: 2, [Op.FrameSuspend]: 3, [Op.FrameResume]: 3,
  [Op.Gen0Count]: 1, [Op.GcCounts]: 6,
};

export const enum Meta {
  Generation = 1,
  Finalized = 2,
  Length = 3,
  Name = 4, // value: string index
  Referent = 5, // value: id or -1
  Truncated = 6,
}

export const enum Tag {
  Unbound = 0,
  Obj = 1,
  Atom = 2,
  /** an int that fits in 32 bits, stored as itself */
  Int = 3,
  /** a larger int (a JS number): payload indexes the number table */
  Num = 4,
}

export const EDGE_WEAK = 1;
export const EDGE_CLASS = 2;

/** ints per chunk of an IntLog (4 MB) */
export const CHUNK_SHIFT = 20;
const CHUNK = 1 << CHUNK_SHIFT;
const MASK = CHUNK - 1;

/**
 * A growable log of int32s in chunks, addressed by one position. Growing never copies (past the
 * first chunk, which starts small and doubles up to full size): the copies and the freshly
 * zeroed memory of a doubling array cost about a tenth of a recording. An entry (pushed in one
 * call) never straddles two chunks: when it does not fit, the rest of the chunk is left as zeros
 * (Op 0, padding) and the entry starts the next chunk, so readers skip to the chunk's end at a 0.
 */
export class IntLog {
  readonly chunks: Int32Array[] = [new Int32Array(1 << 12)];
  /** the chunk being written, and its first position */
  private cur = this.chunks[0];
  private base = 0;
  /** the position after the last int written */
  length = 0;

  /** make room for k ints at length (moving to a fresh chunk if they do not fit) */
  private room(k: number): Int32Array {
    if (this.length - this.base + k > this.cur.length) this.grow(k);
    return this.cur;
  }
  private grow(k: number): void {
    const used = this.length - this.base;
    if (this.chunks.length === 1 && this.cur.length < CHUNK) {
      let n = this.cur.length * 2;
      while (n < used + k && n < CHUNK) n *= 2;
      if (used + k <= n) {
        const d = new Int32Array(n);
        d.set(this.cur.subarray(0, used));
        this.chunks[0] = this.cur = d;
        return;
      }
    }
    if (k > CHUNK) throw new Error('log entry larger than a chunk');
    this.cur = new Int32Array(CHUNK);
    this.chunks.push(this.cur);
    this.base = (this.chunks.length - 1) * CHUNK;
    this.length = this.base;
  }
  push(...xs: number[]): void {
    const d = this.room(xs.length);
    let n = this.length - this.base;
    for (let i = 0; i < xs.length; i++) d[n++] = xs[i];
    this.length = this.base + n;
  }
  push1(a: number, b: number): void {
    const d = this.room(2);
    const n = this.length - this.base;
    d[n] = a;
    d[n + 1] = b;
    this.length += 2;
  }
  push2(a: number, b: number, c: number): void {
    const d = this.room(3);
    const n = this.length - this.base;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    this.length += 3;
  }
  push5(a: number, b: number, c: number, e: number, f: number): void {
    const d = this.room(5);
    const n = this.length - this.base;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    this.length += 5;
  }
  push6(a: number, b: number, c: number, e: number, f: number, g: number): void {
    const d = this.room(6);
    const n = this.length - this.base;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    d[n + 5] = g;
    this.length += 6;
  }
  get(p: number): number {
    return this.chunks[p >>> CHUNK_SHIFT][p & MASK];
  }
  /** the first position of the chunk after the one holding p (where a reader goes at a 0) */
  static nextChunk(p: number): number {
    return (p | MASK) + 1;
  }
  get bytes(): number {
    return this.length * 4;
  }
}

/** a growable list of doubles */
export class NumberLog {
  data = new Float64Array(1 << 12);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  get bytes(): number {
    return this.length * 8;
  }
}

/** interned strings: labels, type names, atom reprs */
export class StringTable {
  private index = new Map<string, number>();
  readonly strings: string[] = [];
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  get(i: number): string {
    return this.strings[i];
  }
  get bytes(): number {
    let n = 0;
    for (const s of this.strings) n += 16 + s.length * 2;
    return n;
  }
}
