// Objects/listobject.c's merge machinery for listsort (timsort with powersort's merge policy, as
// CPython 3.11 has it): the pending-run stack (found_new_run with powerloop's run "power",
// merge_force_collapse), merge_at, gallop_left / gallop_right, merge_lo / merge_hi with
// min_gallop's adaptation. Every `<` is made between the same items, in the same order, as
// CPython makes it; a comparison that raises leaves the list as CPython leaves it (the pieces a
// merge holds aside copied back). Loaded with listSort.ts (parts.ts's listSortPart).

/** `lt(a, b)`: the list's items (indices into the caller's arrays) compared with `<` */
export type Lt = (a: number, b: number) => boolean;

/** MIN_GALLOP: how many wins in a row before a merge gallops */
const MIN_GALLOP = 7;

/** MergeState: the array being sorted, the merge's temp array and the pending-run stack */
export class MergeState {
  /** min_gallop: adapted while merging, kept from one merge to the next */
  minGallop = MIN_GALLOP;
  /** ms->a: the run a merge holds aside */
  readonly tmp: number[] = [];
  /** ms->pending: the runs not merged yet (base, len, power), ms->n of them */
  readonly base: number[] = [];
  readonly len: number[] = [];
  readonly power: number[] = [];
  n = 0;

  constructor(
    readonly keys: number[],
    readonly lt: Lt,
  ) {}
}

/**
 * gallop_left: where `key` goes in the sorted a[base, base+n): the first k with key <= a[base+k]
 * (before any equal items), searched from `hint` outwards by doubling steps, then by bisection.
 */
export function gallopLeft(lt: Lt, key: number, a: number[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (!lt(a[h + ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  // a[lastofs] < key <= a[ofs]: bisect between them
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: as gallop_left, but after any items equal to `key` (the first k with key < a[base+k]) */
export function gallopRight(lt: Lt, key: number, a: number[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (!lt(key, a[h - ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/**
 * merge_lo: merge the adjacent runs keys[pa, pa+na) and keys[pb, pb+nb) (na <= nb, pa+na == pb),
 * left to right, with run A held aside in the temp array. One-at-a-time until a run wins
 * min_gallop times in a row, then galloping while either run wins MIN_GALLOP or more at once.
 */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { keys, lt, tmp } = ms;
  for (let i = 0; i < na; i++) tmp[i] = keys[pa + i];
  let dest = pa;
  let ia = 0;
  let ib = pb;
  let copyB = false;
  keys[dest++] = keys[ib++];
  nb--;
  try {
    done: {
      if (nb === 0) break done;
      if (na === 1) {
        copyB = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0; // how many times A won in a row
        let bcount = 0; // how many times B won in a row
        for (;;) {
          if (lt(keys[ib], tmp[ia])) {
            keys[dest++] = keys[ib++];
            bcount++;
            acount = 0;
            if (--nb === 0) break done;
            if (bcount >= minGallop) break;
          } else {
            keys[dest++] = tmp[ia++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break done;
            }
            if (acount >= minGallop) break;
          }
        }
        // one run wins consistently: gallop until neither does
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, keys[ib], tmp, ia, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) keys[dest + i] = tmp[ia + i];
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break done;
            }
            // na == 0 only if the comparisons are inconsistent
            if (na === 0) break done;
          }
          keys[dest++] = keys[ib++];
          if (--nb === 0) break done;
          k = gallopLeft(lt, tmp[ia], keys, ib, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) keys[dest + i] = keys[ib + i];
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) break done;
          }
          keys[dest++] = tmp[ia++];
          if (--na === 1) {
            copyB = true;
            break done;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // penalised for leaving galloping mode
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    // Fail: what is left of A goes back into the gap (the list holds every item once)
    for (let i = 0; i < na; i++) keys[dest + i] = tmp[ia + i];
    throw e;
  }
  if (copyB) {
    // CopyB: the last item of A belongs after what is left of B
    for (let i = 0; i < nb; i++) keys[dest + i] = keys[ib + i];
    keys[dest + nb] = tmp[ia];
  } else for (let i = 0; i < na; i++) keys[dest + i] = tmp[ia + i];
}

/**
 * merge_hi: as merge_lo when na > nb, right to left, with run B held aside in the temp array.
 */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { keys, lt, tmp } = ms;
  for (let i = 0; i < nb; i++) tmp[i] = keys[pb + i];
  const basea = pa;
  let dest = pb + nb - 1;
  let ia = pa + na - 1; // the last item of A (in keys)
  let ib = nb - 1; // the last item of B (in tmp)
  let copyA = false;
  keys[dest--] = keys[ia--];
  na--;
  try {
    done: {
      if (na === 0) break done;
      if (nb === 1) {
        copyA = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tmp[ib], keys[ia])) {
            keys[dest--] = keys[ia--];
            acount++;
            bcount = 0;
            if (--na === 0) break done;
            if (acount >= minGallop) break;
          } else {
            keys[dest--] = tmp[ib--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break done;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = na - gallopRight(lt, tmp[ib], keys, basea, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            ia -= k;
            for (let i = k; i >= 1; i--) keys[dest + i] = keys[ia + i];
            na -= k;
            if (na === 0) break done;
          }
          keys[dest--] = tmp[ib--];
          if (--nb === 1) {
            copyA = true;
            break done;
          }
          k = nb - gallopLeft(lt, keys[ia], tmp, 0, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) keys[dest + i] = tmp[ib + i];
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            // nb == 0 only if the comparisons are inconsistent
            if (nb === 0) break done;
          }
          keys[dest--] = keys[ia--];
          if (--na === 0) break done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    for (let i = 0; i < nb; i++) keys[dest - (nb - 1) + i] = tmp[i];
    throw e;
  }
  if (copyA) {
    // CopyA: the first item of B belongs before what is left of A
    for (let i = 0; i < na; i++) keys[dest - i] = keys[ia - i];
    keys[dest - na] = tmp[ib];
  } else for (let i = 0; i < nb; i++) keys[dest - (nb - 1) + i] = tmp[i];
}

/**
 * merge_at: merge pending runs i and i+1 (the run after them, if any, slides down). The part of
 * A already in place (gallop_right of B's first item) and the part of B already in place
 * (gallop_left of A's last item) are left out; the shorter rest is held aside.
 */
export function mergeAt(ms: MergeState, i: number): void {
  const { keys, lt } = ms;
  let pa = ms.base[i];
  let na = ms.len[i];
  const pb = ms.base[i + 1];
  let nb = ms.len[i + 1];
  ms.len[i] = na + nb;
  if (i === ms.n - 3) {
    ms.base[i + 1] = ms.base[i + 2];
    ms.len[i + 1] = ms.len[i + 2];
    ms.power[i + 1] = ms.power[i + 2];
  }
  ms.n--;
  const k = gallopRight(lt, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(lt, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/**
 * powerloop: the power of the boundary between the run at s1 (n1 items) and the next one (n2
 * items) in a list of n: the first bit at which the binary fractions of their midpoints over n
 * differ (worked on 2*midpoint so everything stays whole).
 */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/**
 * found_new_run: a run of n2 items follows the top pending run; merge while the run below the
 * top has a greater power than the new boundary's, then record that power on the top run.
 */
export function foundNewRun(ms: MergeState, n2: number, listlen: number): void {
  if (ms.n === 0) return;
  const top = ms.n - 1;
  const power = powerloop(ms.base[top], ms.len[top], n2, listlen);
  while (ms.n > 1 && ms.power[ms.n - 2] > power) mergeAt(ms, ms.n - 2);
  ms.power[ms.n - 1] = power;
}

/** push the run keys[base, base+len) on the pending stack */
export function pushRun(ms: MergeState, base: number, len: number): void {
  ms.base[ms.n] = base;
  ms.len[ms.n] = len;
  ms.n++;
}

/** merge_force_collapse: merge every pending run, the shorter neighbour of the third from the top first */
export function mergeForceCollapse(ms: MergeState): void {
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && ms.len[n - 1] < ms.len[n + 1]) n--;
    mergeAt(ms, n);
  }
}
