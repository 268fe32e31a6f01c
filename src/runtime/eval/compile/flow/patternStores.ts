// Which name a `case` pattern's code ends storing with a STORE_FAST that insert_superinstructions
// (Python/flowgraph.c) may fuse with the guard's or the body's first load (3.14 then leaves that
// load strong). A pattern defers its captures: each captured value is rotated under the items
// still in use (codegen_pattern_helper_store_name: SWAPs), and codegen_match_inner stores them all
// once the whole pattern matched; the optimizer then turns SWAPs followed by stores and POP_TOPs
// into a reordering of those instructions (swaptimize, apply_static_swaps). This file replays that
// for the pattern's last basic block only (a conditional jump or a label ends a block), over an
// abstract instruction list: SWAP, POP_TOP, STORE_FAST and anything else.

import type * as A from '../../../../python/ast';

type Instr =
  | { op: 'SWAP'; n: number; line: number }
  | { op: 'POP_TOP'; line: number }
  | { op: 'STORE_FAST'; name: string; line: number }
  | { op: 'NOP'; line: number }
  | { op: 'OTHER'; line: number };

/** the emitter's state: pattern_context's stores and on_top, and the current basic block */
class PatternCodegen {
  block: Instr[] = [];
  stores: string[] = [];
  onTop = 0;

  other(line: number, n = 1): void {
    for (let i = 0; i < n; i++) this.block.push({ op: 'OTHER', line });
  }

  /** a jump (jump_to_fail_pop, JUMP) or a label: the instructions after it start a new block */
  endBlock(): void {
    this.block = [];
  }

  /** codegen_pattern_helper_rotate */
  rotate(count: number, line: number): void {
    while (1 < count) this.block.push({ op: 'SWAP', n: count--, line });
  }

  /** codegen_pattern_helper_store_name */
  storeName(name: string | null, line: number): void {
    if (name === null) {
      this.block.push({ op: 'POP_TOP', line });
      return;
    }
    this.rotate(this.onTop + this.stores.length + 1, line);
    this.stores.push(name);
  }

  pattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue': // value, COMPARE_OP, TO_BOOL, POP_JUMP_IF_FALSE
        this.other(p.line, 3);
        this.endBlock();
        return;
      case 'MatchSingleton':
        this.other(p.line, 2);
        this.endBlock();
        return;
      case 'MatchSequence':
        return this.sequence(p);
      case 'MatchMapping':
        return this.mapping(p);
      case 'MatchClass':
        return this.classPattern(p);
      case 'MatchStar':
        return this.storeName(p.name, p.line);
      case 'MatchAs':
        if (p.pattern === null) return this.storeName(p.name, p.line);
        this.onTop++;
        this.other(p.line); // COPY 1
        this.pattern(p.pattern);
        this.onTop--;
        return this.storeName(p.name, p.line);
      case 'MatchOr':
        return this.or(p);
      default:
        return;
    }
  }

  /** codegen_pattern_sequence, with pattern_helper_sequence_unpack / _subscr */
  private sequence(p: A.MatchSequence): void {
    const star = p.patterns.findIndex((x) => x.kind === 'MatchStar');
    const starWildcard = star >= 0 && (p.patterns[star] as A.MatchStar).name === null;
    const onlyWildcard = p.patterns.every((x) => (x.kind === 'MatchStar' ? x.name === null : isWildcard(x)));
    this.onTop++;
    this.other(p.line); // MATCH_SEQUENCE
    this.endBlock();
    if (star < 0 || p.patterns.length > 1) {
      this.other(p.line, 3); // GET_LEN, the size, COMPARE_OP
      this.endBlock();
    }
    this.onTop--;
    if (onlyWildcard) {
      this.block.push({ op: 'POP_TOP', line: p.line });
    } else if (starWildcard) {
      this.onTop++;
      p.patterns.forEach((x, i) => {
        if (i === star || isWildcard(x)) return;
        this.other(p.line, i < star ? 3 : 5); // COPY 1, the index, BINARY_OP
        this.pattern(x);
      });
      this.onTop--;
      this.block.push({ op: 'POP_TOP', line: p.line });
    } else {
      this.other(p.line); // UNPACK_SEQUENCE / UNPACK_EX
      this.onTop += p.patterns.length;
      for (const x of p.patterns) {
        this.onTop--;
        this.pattern(x);
      }
    }
  }

  /** codegen_pattern_class */
  private classPattern(p: A.MatchClass): void {
    const subs = [...p.patterns, ...p.kwdPatterns];
    this.other(p.line, 6); // the class, the names, MATCH_CLASS, COPY 1, None, IS_OP
    this.onTop++;
    this.endBlock();
    this.other(p.line); // UNPACK_SEQUENCE
    this.onTop += subs.length - 1;
    for (const x of subs) {
      this.onTop--;
      if (isWildcard(x)) this.block.push({ op: 'POP_TOP', line: p.line });
      else this.pattern(x);
    }
  }

  /** codegen_pattern_mapping */
  private mapping(p: A.MatchMapping): void {
    const size = p.keys.length;
    this.onTop++;
    this.other(p.line); // MATCH_MAPPING
    this.endBlock();
    if (size === 0 && p.rest === null) {
      this.onTop--;
      this.block.push({ op: 'POP_TOP', line: p.line });
      return;
    }
    if (size > 0) {
      this.other(p.line, 3);
      this.endBlock();
    }
    this.other(p.line, size + 2); // the keys, BUILD_TUPLE, MATCH_KEYS
    this.onTop += 2;
    this.other(p.line, 3); // COPY 1, None, IS_OP
    this.endBlock();
    this.other(p.line); // UNPACK_SEQUENCE
    this.onTop += size - 1;
    for (const x of p.patterns) {
      this.onTop--;
      this.pattern(x);
    }
    this.onTop -= 2;
    if (p.rest !== null) {
      this.other(p.line); // BUILD_MAP
      this.block.push({ op: 'SWAP', n: 3, line: p.line });
      this.other(p.line, 2); // DICT_UPDATE, UNPACK_SEQUENCE
      for (let k = size; k > 0; k--) {
        this.other(p.line); // COPY
        this.block.push({ op: 'SWAP', n: 2, line: p.line });
        this.other(p.line); // DELETE_SUBSCR
      }
      this.storeName(p.rest, p.line);
    } else {
      this.block.push({ op: 'POP_TOP', line: p.line }, { op: 'POP_TOP', line: p.line });
    }
  }

  /** codegen_pattern_or: only the block at its end label matters here (the alternatives jump to it) */
  private or(p: A.MatchOr): void {
    const outer = { stores: this.stores, onTop: this.onTop };
    let control: string[] | null = null;
    for (const alt of p.patterns) {
      this.stores = [];
      this.onTop = 0;
      this.pattern(alt);
      control ??= this.stores;
      this.endBlock(); // JUMP end, the fail_pop blocks
    }
    this.stores = outer.stores;
    this.onTop = outer.onTop;
    this.endBlock(); // POP_TOP, JUMP to the failure; the end label
    const names = control ?? [];
    const nrots = names.length + 1 + this.onTop + this.stores.length;
    for (const n of names) {
      this.rotate(nrots, p.line);
      this.stores.push(n);
    }
    this.block.push({ op: 'POP_TOP', line: p.line });
  }
}

function isWildcard(p: A.Pattern): boolean {
  return p.kind === 'MatchAs' && p.name === null;
}

/** swaptimize (Python/flowgraph.c): a run of SWAPs and NOPs replaced by the fewest SWAPs with the same effect */
function swaptimize(b: Instr[], ix: number): number {
  let len = 1;
  let depth = (b[ix] as { n: number }).n;
  let more = false;
  for (; ix + len < b.length; len++) {
    const x = b[ix + len];
    if (x.op === 'SWAP') {
      depth = Math.max(depth, x.n);
      more = true;
    } else if (x.op !== 'NOP') break;
  }
  if (!more) return ix;
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    const x = b[ix + i];
    if (x.op !== 'SWAP') continue;
    const top = stack[0];
    stack[0] = stack[x.n - 1];
    stack[x.n - 1] = top;
  }
  // walk each cycle of the permutation through position 0, writing the SWAPs from the run's end
  const visited = -1;
  let current = len - 1;
  const put = (x: Instr['op'], n: number) => {
    const line = b[ix + current].line; // the instruction keeps its location
    b[ix + current--] = x === 'SWAP' ? { op: 'SWAP', n, line } : { op: 'NOP', line };
  };
  for (let i = 0; i < depth; i++) {
    if (stack[i] === visited || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) put('SWAP', j + 1);
      if (stack[j] === visited) break;
      const next = stack[j];
      stack[j] = visited;
      j = next;
    }
  }
  while (current >= 0) put('NOP', 0);
  return ix + len - 1;
}

const swappable = (x: Instr): boolean => x.op === 'STORE_FAST' || x.op === 'POP_TOP';

function nextSwappable(b: Instr[], i: number, line: number | null): number {
  while (++i < b.length) {
    const x = b[i];
    if (line !== null && x.line !== line) return -1;
    if (x.op === 'NOP') continue;
    return swappable(x) ? i : -1;
  }
  return -1;
}

/** apply_static_swaps: a SWAP followed by stores and POP_TOPs becomes a reordering of them */
function applyStaticSwaps(b: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = b[i];
    if (swap.op !== 'SWAP') {
      if (swap.op === 'NOP' || swappable(swap)) continue;
      return;
    }
    const j = nextSwappable(b, i, null);
    if (j < 0) return;
    let k = j;
    for (let count = swap.n - 1; count > 0; count--) {
      k = nextSwappable(b, k, b[j].line);
      if (k < 0) return;
    }
    const to = (x: Instr) => (x.op === 'STORE_FAST' ? x.name : null);
    const sj = to(b[j]);
    const sk = to(b[k]);
    if (sj !== null || sk !== null) {
      if (sj === sk) return;
      for (let m = j + 1; m < k; m++) {
        const s = to(b[m]);
        if (s !== null && (s === sj || s === sk)) return;
      }
    }
    b[i] = { op: 'NOP', line: swap.line };
    const t = b[j];
    b[j] = b[k];
    b[k] = t;
  }
}

/**
 * The name the case's code stores last, unfused, before its guard or body (null: it ends with a
 * POP_TOP, another instruction, or a STORE_FAST_STORE_FAST). `slot` gives a name's co_varnames
 * index, -1 when it is not a fast local (its store is then no STORE_FAST).
 */
export function lastPatternStore(p: A.Pattern, slot: (name: string) => number): { id: string; line: number } | null {
  const g = new PatternCodegen();
  g.pattern(p);
  for (const n of g.stores) g.block.push(slot(n) >= 0 ? { op: 'STORE_FAST', name: n, line: p.line } : { op: 'OTHER', line: p.line });
  const b = g.block;
  for (let i = 0; i < b.length; i++) {
    if (b[i].op !== 'SWAP') continue;
    i = swaptimize(b, i);
    applyStaticSwaps(b, i);
  }
  const code = b.filter((x) => x.op !== 'NOP');
  // insert_superinstructions pairs a STORE_FAST with the next one (STORE_FAST_STORE_FAST), left to right
  const fits = (x: Instr | undefined): x is Extract<Instr, { op: 'STORE_FAST' }> => x !== undefined && x.op === 'STORE_FAST' && slot(x.name) < 16;
  let i = 0;
  while (i < code.length) {
    const x = code[i];
    const y = code[i + 1];
    if (fits(x) && fits(y) && x.line === y.line) {
      i += 2;
      if (i === code.length) return null;
    } else {
      if (i === code.length - 1 && x.op === 'STORE_FAST') return { id: x.name, line: x.line };
      i += 1;
    }
  }
  return null;
}
