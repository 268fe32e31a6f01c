// The time module (Modules/timemodule.c), honestly non-deterministic: time(), perf_counter(),
// monotonic() and process_time() read the host's clocks. sleep() does not block: it advances
// a virtual offset added to every clock, so a program sees at least the time it slept pass
// (a playground must not freeze for a student's sleep(10)).

import { PyModule } from '../objects/descriptors';
import { builtin } from '../objects/function';
import { mkFloat } from '../objects/float';
import { registerModule } from './registry';
import { exactArgs } from '../eval/args';
import { typeError, valueError } from '../eval/errors';
import { toDouble } from './math';
import { typeOf } from '../objects/typeobject/typeOf';

/** seconds slept so far (virtually) in this run */
let slept = 0;

function nowMs(): number {
  const p = (globalThis as { performance?: { now(): number } }).performance;
  return p ? p.now() : Date.now();
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

registerModule('time', () => {
  slept = 0;
  const m = new PyModule('time');
  const a = m.attrs;
  const wall = () => Date.now() / 1000 + slept;
  const mono = () => nowMs() / 1000 + slept;
  const clock = (name: string, f: () => number) => {
    a.set(name, builtin(name, (args) => {
      exactArgs(name, args, 0);
      return mkFloat(f());
    }, 'time'));
    a.set(name + '_ns', builtin(name + '_ns', (args) => {
      exactArgs(name + '_ns', args, 0);
      const ns = BigInt(Math.round(f() * 1e6)) * 1000n;
      return ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
    }, 'time'));
  };
  clock('time', wall);
  clock('perf_counter', mono);
  clock('monotonic', mono);
  clock('process_time', () => nowMs() / 1000);
  a.set('sleep', builtin('sleep', (args) => {
    if (args.length !== 1) typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const v = args[0];
    if (typeof v === 'string' || v === null) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    const secs = toDouble(v);
    if (Number.isNaN(secs)) valueError('Invalid value NaN (not a number)');
    if (secs < 0) valueError('sleep length must be non-negative');
    slept += secs;
    return null;
  }, 'time'));
  a.set('ctime', builtin('ctime', (args) => {
    const t = args.length > 0 && args[0] !== null ? toDouble(args[0]) : wall();
    const d = new Date(t * 1000);
    const p2 = (n: number) => String(n).padStart(2, '0');
    return `${DAYS[d.getDay()]} ${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')} ${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())} ${d.getFullYear()}`;
  }, 'time'));
  return m;
});
