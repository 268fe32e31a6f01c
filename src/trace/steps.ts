// The step table: one fixed-size record per step, in chunks so that growing never copies (a
// trace of a few million steps would otherwise copy and zero its table several times over).

/** ints per step record: [start, info (grain | cause << 2), line, subject, end] */
export const STEP = 5;
export const F_START = 0;
export const F_INFO = 1;
export const F_LINE = 2;
export const F_SUBJECT = 3;
export const F_END = 4;

/** records per chunk (2.6 MB) */
const SHIFT = 17;
const PER_CHUNK = 1 << SHIFT;
const MASK = PER_CHUNK - 1;

export class StepTable {
  readonly chunks: Int32Array[] = [new Int32Array(STEP << 10)];
  count = 0;

  /** append a step record (end may be filled in later with set); returns its index */
  add(start: number, info: number, line: number, subject: number, end: number): number {
    const k = this.count;
    let d = this.chunks[k >>> SHIFT];
    let b = (k & MASK) * STEP;
    if (d === undefined || b + STEP > d.length) d = this.grow(k);
    b = (k & MASK) * STEP;
    d[b] = start;
    d[b + 1] = info;
    d[b + 2] = line;
    d[b + 3] = subject;
    d[b + 4] = end;
    this.count = k + 1;
    return k;
  }

  private grow(k: number): Int32Array {
    const c = k >>> SHIFT;
    const old = this.chunks[c];
    if (old === undefined) {
      const d = new Int32Array(PER_CHUNK * STEP);
      this.chunks.push(d);
      return d;
    }
    // the first chunk starts small and doubles up to full size
    const d = new Int32Array(Math.min(old.length * 2, PER_CHUNK * STEP));
    d.set(old);
    this.chunks[c] = d;
    return d;
  }

  get(k: number, field: number): number {
    return this.chunks[k >>> SHIFT][(k & MASK) * STEP + field];
  }

  set(k: number, field: number, v: number): void {
    this.chunks[k >>> SHIFT][(k & MASK) * STEP + field] = v;
  }

  get bytes(): number {
    return this.count * STEP * 4;
  }
}
