// The JSON form of a trace (refscope trace FILE.py --json): one entry per line step with the
// objects alive then, the edges, the roots' variables and the output so far.

import type { Trace } from './trace';
import { displayRepr, valueRepr } from './display';
import { globalName } from './views/roots';

export interface JsonStep {
  step: number;
  line: number;
  objects: { id: number; type: string; repr: string; refcount: number }[];
  edges: { from: number; to: number; label: string; weak: boolean }[];
  roots: { frame: string; variables: Record<string, string | { id: number }> }[];
  /** paused generators' frames: held by their generator (not roots), at the line they yielded */
  suspended?: { frame: string; generator: number; line: number; variables: Record<string, string | { id: number }> }[];
  stdout: string;
}

export function traceToJson(trace: Trace): { steps: JsonStep[] } {
  const steps: JsonStep[] = [];
  for (let s = 0; s < trace.stepCount; s++) {
    if (trace.grainOf(s) !== 'line') continue;
    const st = trace.stateAt(s);
    const byId = new Map(st.objects.map((o) => [o.id, o]));
    const objects = st.objects.map((o) => ({ id: o.id, type: o.type, repr: displayRepr(st, o.id, byId), refcount: o.refcount }));
    const edges: JsonStep['edges'] = [];
    for (const o of st.objects) {
      for (const e of o.edges) if (e.to.kind === 'obj') edges.push({ from: o.id, to: e.to.id, label: e.label, weak: e.weak });
    }
    const roots: JsonStep['roots'] = [];
    const g = byId.get(st.globalsId);
    if (g !== undefined) {
      const variables: JsonStep['roots'][number]['variables'] = {};
      for (const e of g.edges) {
        const name = globalName(e.label);
        if (name.startsWith('__') && name.endsWith('__')) continue;
        variables[name] = e.to.kind === 'obj' ? { id: e.to.id } : valueRepr(st, e.to, byId);
      }
      roots.push({ frame: '<module>', variables });
    }
    for (const f of st.frames) {
      if (f.name === '<module>' || f.suspended) continue;
      const variables: JsonStep['roots'][number]['variables'] = {};
      for (const v of f.vars) variables[v.name] = v.value.kind === 'obj' ? { id: v.value.id } : valueRepr(st, v.value, byId);
      roots.push({ frame: f.name, variables });
    }
    if (st.garbageId !== null && byId.has(st.garbageId)) roots.push({ frame: 'gc', variables: { garbage: { id: st.garbageId } } });
    const suspended: NonNullable<JsonStep['suspended']> = [];
    for (const f of st.frames) {
      if (!f.suspended) continue;
      const variables: JsonStep['roots'][number]['variables'] = {};
      for (const v of f.vars) variables[v.name] = v.value.kind === 'obj' ? { id: v.value.id } : valueRepr(st, v.value, byId);
      suspended.push({ frame: f.name, generator: f.generator ?? 0, line: f.line, variables });
    }
    const step: JsonStep = { step: s, line: st.line, objects, edges, roots, stdout: st.stdout };
    if (suspended.length > 0) step.suspended = suspended;
    steps.push(step);
  }
  return { steps };
}
