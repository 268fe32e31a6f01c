// Predict mode's questions and answers, pure over the recorded run: which line steps ask the
// student to predict something (a sys.getrefcount figure the line prints, the objects the line
// frees, what gc.collect() returns), the truth once the line has run, and, after a miss, the
// reference the student forgot, named from the Inspector's term-by-term count (explain.ts).

import type { HeapState, TraceSummary } from '../trace/types';
import { explainRefcount, type RefTerm } from '../trace/views/explain';
import { whyAlive } from '../trace/views/whyAlive';

export type QuestionKind = 'refcount' | 'frees' | 'collect' | 'unreachable';

export interface Question {
  kind: QuestionKind;
  line: number;
  /** the line step at which it is asked (the line is about to run) */
  step: number;
  /** the next line step (the line has run): the truth is read there */
  until: number;
  /** the question in words */
  text: string;
}

/** a lesson's `predict:` note: the lines that ask, optionally with the kind ("3, 7:frees") */
export function parsePredictNote(note: string | undefined): Map<number, QuestionKind | null> | null {
  if (note === undefined) return null;
  const out = new Map<number, QuestionKind | null>();
  for (const part of note.split(',')) {
    const m = /^\s*(\d+)\s*(?::\s*(refcount|frees|collect|unreachable))?\s*$/.exec(part);
    if (m) out.set(Number(m[1]), (m[2] as QuestionKind | undefined) ?? null);
  }
  return out;
}

const GETREFCOUNT = /\bsys\.getrefcount\(|\bgetrefcount\(/;
const COLLECT = /\bgc\.collect\(/;

function kindOf(text: string, freesSomething: boolean): QuestionKind | null {
  if (GETREFCOUNT.test(text) && /\bprint\(/.test(text)) return 'refcount';
  // gc.collect() printed: how many it finds; called for its effect: which objects
  if (COLLECT.test(text)) return /\bprint\(|=/.test(text) ? 'collect' : 'unreachable';
  return freesSomething ? 'frees' : null;
}

function wordsOf(kind: QuestionKind, text: string): string {
  const m = /getrefcount\(([^()]*(?:\([^()]*\))?[^()]*)\)/.exec(text);
  if (kind === 'refcount') return `What number will sys.getrefcount(${m ? m[1] : '…'}) give on this line?`;
  if (kind === 'collect') return 'How many unreachable objects will this gc.collect() find (the number it returns)?';
  if (kind === 'unreachable') return 'Which objects will this collection find unreachable? Click them in the graph (or none), then answer.';
  return 'Which objects will this line free? Click them in the graph (or none), then answer.';
}

/**
 * The questions of a run: every line step whose line prints a sys.getrefcount figure, calls
 * gc.collect(), or frees objects (a 'free' marker before the next line step). With `pinned` (a
 * lesson's `predict:` note), only those lines ask.
 */
export function findQuestions(summary: TraceSummary, code: string, pinned: Map<number, QuestionKind | null> | null = null): Question[] {
  const lines = code.split('\n');
  const frees = summary.markers.filter((m) => m.kind === 'free').map((m) => m.step);
  const out: Question[] = [];
  const ls = summary.lineSteps;
  let fi = 0;
  for (let i = 0; i + 1 < ls.length; i++) {
    const line = summary.lineStepLines[i];
    const step = ls[i];
    const until = ls[i + 1];
    while (fi < frees.length && frees[fi] < step) fi++;
    const freesSomething = fi < frees.length && frees[fi] < until;
    if (line <= 0) continue;
    const text = lines[line - 1] ?? '';
    if (pinned !== null && !pinned.has(line)) continue;
    const kind = pinned?.get(line) ?? kindOf(text, freesSomething);
    if (kind === null) continue;
    out.push({ kind, line, step, until, text: wordsOf(kind, text) });
  }
  return out;
}

export interface Reveal {
  right: boolean;
  /** the truth in words */
  truth: string;
  /** why, term by term */
  terms: string[];
  /** after a miss: the reference (or object) the student forgot, in words */
  forgot: string | null;
}

/** what a sys.getrefcount line printed: the last integer of its output */
export function printedNumber(before: HeapState, after: HeapState): number | null {
  const out = after.stdout.slice(before.stdout.length);
  const all = out.match(/-?\d+/g);
  return all === null ? null : Number(all[all.length - 1]);
}

/** how a student tends to name a term, and how likely it is the one forgotten (lower: first) */
function forgettable(t: RefTerm): [number, string] {
  if (t.holder.startsWith("sys.getrefcount's own argument")) return [0, "getrefcount's own argument: passing the object to sys.getrefcount adds a reference while it counts"];
  if (/for-loop iterator/.test(t.holder)) return [1, `the loop's iterator (${t.holder}): a for loop holds the object it iterates over`];
  if (/^method #\d+ /.test(t.holder)) return [2, `a bound method (${t.holder}): obj.method holds obj as its __self__`];
  if (/^local /.test(t.holder)) return [3, `a function's local variable (${t.holder})`];
  if (/^global variable /.test(t.holder)) return [5, `the ${t.holder}`];
  return [4, `a reference from inside a container (${t.holder})`];
}

/**
 * A refcount question's answer. `at` is the heap while getrefcount runs (its argument is the
 * transient), for the term-by-term count.
 */
export function revealRefcount(guess: number, truth: number, at: HeapState | null): Reveal {
  const id = at?.transient?.id ?? null;
  const ex = id !== null && at !== null ? explainRefcount(at, id) : null;
  const terms = ex === null ? [] : ex.terms.map((t) => `${t.count} × ${t.holder}`);
  if (ex !== null && ex.unexplained > 0) terms.push(`${ex.unexplained} held by the interpreter itself (a call in progress)`);
  const right = guess === truth;
  let forgot: string | null = null;
  if (!right && ex !== null) {
    if (guess < truth) {
      const ranked = ex.terms.map((t) => ({ t, r: forgettable(t) })).sort((a, b) => a.r[0] - b.r[0]);
      let missing = truth - guess;
      const named: string[] = [];
      for (const { t, r } of ranked) {
        if (missing <= 0) break;
        named.push(r[1]);
        missing -= t.count;
      }
      if (missing > 0 && ex.unexplained > 0) named.push('a reference the interpreter holds during a call');
      forgot = `You left out ${truth - guess}: ${named.join('; ')}.`;
    } else forgot = `You counted ${guess - truth} too many: only the references listed exist at that moment (a name that was deleted or rebound no longer counts).`;
  } else if (!right) forgot = guess < truth ? `It is ${truth - guess} more than you said.` : `It is ${guess - truth} fewer than you said.`;
  return { right, truth: `sys.getrefcount printed ${truth}`, terms, forgot };
}

const label = (s: HeapState, id: number) => {
  const o = s.objects.find((x) => x.id === id);
  return o === undefined ? `object #${id}` : `${o.type} #${id}`;
};

/** the objects a line freed: alive before it, gone after (made and freed inside it are not asked) */
export function freedBetween(before: HeapState, after: HeapState): number[] {
  const alive = new Set(after.objects.map((o) => o.id));
  return before.objects.filter((o) => !alive.has(o.id)).map((o) => o.id);
}

/** a frees question's answer: the objects picked against those freed */
export function revealFrees(picked: number[], before: HeapState, after: HeapState, visible: (id: number) => boolean = () => true): Reveal {
  const freed = freedBetween(before, after).filter(visible);
  const freedSet = new Set(freed);
  const pickedSet = new Set(picked);
  const missed = freed.filter((id) => !pickedSet.has(id));
  const extra = picked.filter((id) => !freedSet.has(id));
  const right = missed.length === 0 && extra.length === 0;
  const terms = freed.map((id) => {
    const ex = explainRefcount(before, id);
    const held = ex === null ? '' : ex.terms.map((t) => t.holder).join(', ');
    return `${label(before, id)} freed: its last reference${held ? ` (${held})` : ''} went`;
  });
  let forgot: string | null = null;
  if (!right) {
    const parts: string[] = [];
    for (const id of extra) {
      const path = whyAlive(after, id);
      const ex = explainRefcount(after, id);
      const by = path !== null && path.length > 0 ? path.map((p) => p.label).join(' → ') : (ex?.terms.map((t) => t.holder).join(', ') ?? 'something');
      parts.push(`${label(before, id)} survives: still held by ${by}`);
    }
    for (const id of missed) {
      const ex = explainRefcount(before, id);
      parts.push(`${label(before, id)} is freed too: ${ex !== null && ex.refcount === 1 ? `its only reference was ${ex.terms[0]?.holder ?? 'the one the line dropped'}` : 'freeing what held it dropped its last reference'}`);
    }
    forgot = parts.join('; ') + '.';
  }
  return { right, truth: freed.length === 0 ? 'nothing is freed' : `${freed.length} object${freed.length === 1 ? '' : 's'} freed: ${freed.map((id) => label(before, id)).join(', ')}`, terms, forgot };
}

/** a collect question's answer: `done` is the heap at the collection's last phase */
export function revealCollect(guess: number, done: HeapState | null, unreachable: HeapState | null): Reveal {
  const truth = done?.gc?.collected ?? 0;
  const ids = unreachable?.gc?.objects ?? [];
  const terms = ids.map((id) => `${label(unreachable!, id)}: reachable only from other unreachable objects`);
  const right = guess === truth;
  return {
    right,
    truth: `gc.collect() returned ${truth}`,
    terms,
    forgot: right ? null : guess < truth ? `You left out ${truth - guess}: every object of an unreachable cycle counts, including what only the cycle holds (an instance's __dict__ counts too).` : `${guess - truth} fewer: objects still reachable from a variable are not collected, and those freed by their count earlier are not found.`,
  };
}

/**
 * An unreachable question's answer: the objects picked against the set the collection's
 * move_unreachable phase found (`unreachable`: the heap at that phase), among those that existed
 * when the question was asked.
 */
export function revealUnreachable(picked: number[], before: HeapState, unreachable: HeapState | null): Reveal {
  const existed = new Set(before.objects.map((o) => o.id));
  const found = (unreachable?.gc?.objects ?? []).filter((id) => existed.has(id));
  const foundSet = new Set(found);
  const pickedSet = new Set(picked);
  const missed = found.filter((id) => !pickedSet.has(id));
  const extra = picked.filter((id) => !foundSet.has(id));
  const right = missed.length === 0 && extra.length === 0;
  const terms = found.map((id) => `${label(before, id)}: every reference to it comes from inside the unreachable set (gc_refs 0 after subtract_refs)`);
  let forgot: string | null = null;
  if (!right) {
    const parts: string[] = [];
    for (const id of extra) {
      const path = whyAlive(before, id);
      parts.push(`${label(before, id)} is reachable: ${path !== null && path.length > 0 ? path.map((p) => p.label).join(' → ') : 'something outside the cycle holds it'}`);
    }
    for (const id of missed) parts.push(`${label(before, id)} is unreachable too: only other unreachable objects refer to it`);
    forgot = parts.join('; ') + '.';
  }
  return { right, truth: found.length === 0 ? 'the collection finds nothing unreachable' : `the collection finds ${found.length} unreachable: ${found.map((id) => label(before, id)).join(', ')}`, terms, forgot };
}

export interface Score {
  asked: number;
  right: number;
}
