// A small ordered map from int keys (labels, slots) to numbers (packed values), as the shadow and
// replay states hold one per object and per frame: one interleaved array [k0, v0, k1, v1, ...]
// scanned linearly while small (most objects have a handful of edges), an index once large.
// Same surface as Map, one allocation instead of a hash table.

const INDEX_AT = 16;

export class EdgeMap<V extends number = number> {
  private kv: number[] = [];
  private index: Map<number, number> | null = null;

  get size(): number {
    return this.kv.length >> 1;
  }

  /** position of key k in kv (even), or -1 */
  private find(k: number): number {
    if (this.index !== null) {
      const i = this.index.get(k);
      return i === undefined ? -1 : i;
    }
    const kv = this.kv;
    for (let i = 0; i < kv.length; i += 2) if (kv[i] === k) return i;
    return -1;
  }

  get(k: number): V | undefined {
    const i = this.find(k);
    return i < 0 ? undefined : (this.kv[i + 1] as V);
  }

  has(k: number): boolean {
    return this.find(k) >= 0;
  }

  set(k: number, v: V): this {
    const i = this.find(k);
    if (i >= 0) {
      this.kv[i + 1] = v;
      return this;
    }
    this.kv.push(k, v);
    if (this.index !== null) this.index.set(k, this.kv.length - 2);
    else if (this.kv.length > INDEX_AT * 2) this.reindex();
    return this;
  }

  delete(k: number): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    this.kv.splice(i, 2);
    if (this.index !== null) this.reindex();
    return true;
  }

  private reindex(): void {
    this.index = new Map();
    for (let i = 0; i < this.kv.length; i += 2) this.index.set(this.kv[i], i);
  }

  clear(): void {
    this.kv.length = 0;
    this.index = null;
  }

  keys(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.kv.length; i += 2) out.push(this.kv[i]);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[number, V]> {
    for (let i = 0; i < this.kv.length; i += 2) yield [this.kv[i], this.kv[i + 1] as V];
  }

  clone(): EdgeMap<V> {
    const m = new EdgeMap<V>();
    m.kv = this.kv.slice();
    if (this.index !== null) m.index = new Map(this.index);
    return m;
  }
}
