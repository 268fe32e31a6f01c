// A small ordered map from int keys (labels, slots) to values, as the shadow and replay states
// hold one per object and per frame: parallel arrays with a linear scan while small (most objects
// have a handful of edges), an index once large. Same surface as Map, less garbage.

const INDEX_AT = 16;

export class EdgeMap<V> {
  private ks: number[] = [];
  private vs: V[] = [];
  private index: Map<number, number> | null = null;

  get size(): number {
    return this.ks.length;
  }

  private find(k: number): number {
    if (this.index !== null) {
      const i = this.index.get(k);
      return i === undefined ? -1 : i;
    }
    const ks = this.ks;
    for (let i = 0; i < ks.length; i++) if (ks[i] === k) return i;
    return -1;
  }

  get(k: number): V | undefined {
    const i = this.find(k);
    return i < 0 ? undefined : this.vs[i];
  }

  has(k: number): boolean {
    return this.find(k) >= 0;
  }

  set(k: number, v: V): this {
    const i = this.find(k);
    if (i >= 0) {
      this.vs[i] = v;
      return this;
    }
    this.ks.push(k);
    this.vs.push(v);
    if (this.index !== null) this.index.set(k, this.ks.length - 1);
    else if (this.ks.length > INDEX_AT) this.reindex();
    return this;
  }

  delete(k: number): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    this.ks.splice(i, 1);
    this.vs.splice(i, 1);
    if (this.index !== null) this.reindex();
    return true;
  }

  private reindex(): void {
    this.index = new Map();
    for (let i = 0; i < this.ks.length; i++) this.index.set(this.ks[i], i);
  }

  keys(): number[] {
    return this.ks.slice();
  }

  *[Symbol.iterator](): IterableIterator<[number, V]> {
    for (let i = 0; i < this.ks.length; i++) yield [this.ks[i], this.vs[i]];
  }

  clone(): EdgeMap<V> {
    const m = new EdgeMap<V>();
    m.ks = this.ks.slice();
    m.vs = this.vs.slice();
    if (this.index !== null) m.index = new Map(this.index);
    return m;
  }
}
