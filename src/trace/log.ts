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
}

/** how many int32s follow each opcode */
export const OP_ARGS: Record<number, number> = {
  [Op.Rc]: 2, [Op.Alloc]: 2, [Op.Free]: 1, [Op.Edge]: 5, [Op.Unedge]: 2, [Op.Meta]: 3,
  [Op.FramePush]: 4, [Op.FramePop]: 1, [Op.Var]: 5, [Op.Unvar]: 2, [Op.FrameLine]: 2,
  [Op.Out]: 2, [Op.Gc]: 5, [Op.Transient]: 2,
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

export class IntLog {
  data = new Int32Array(1 << 16);
  length = 0;
  push(...xs: number[]): void {
    if (this.length + xs.length > this.data.length) this.grow(xs.length);
    for (let i = 0; i < xs.length; i++) this.data[this.length++] = xs[i];
  }
  push4(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.data.length) this.grow(4);
    const x = this.data;
    const n = this.length;
    x[n] = a;
    x[n + 1] = b;
    x[n + 2] = c;
    x[n + 3] = d;
    this.length = n + 4;
  }
  push2(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) this.grow(3);
    const d = this.data;
    d[this.length] = a;
    d[this.length + 1] = b;
    d[this.length + 2] = c;
    this.length += 3;
  }
  private grow(extra: number): void {
    let n = this.data.length * 2;
    while (n < this.length + extra) n *= 2;
    const d = new Int32Array(n);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
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
