// Printing an uncaught exception the way CPython 3.11 does (Python/traceback.c, pythonrun.c).

import type { PyInstance } from '../objects/instance';
import { excStr, pyStr } from './repr';
import * as BT from '../objects/builtinTypes';
import { S } from './state';
import type { PyTraceback } from '../objects/frameObject';

export function excLastLine(e: PyInstance): string {
  // a SyntaxError from compile()/exec() shows its location above the message, not in it
  const sa = e.cls.isSubtypeOf(BT.T_SyntaxError) && e.attrs !== null ? e.attrs.getStr('msg') : undefined;
  const msg = sa !== undefined ? pyStr(sa) : excStr(e);
  let line = msg === '' ? e.cls.name : `${e.cls.name}: ${msg}`;
  if (e.hint !== null) {
    const h = e.hint();
    if (h !== null) line += `. Did you mean: '${h}'?`;
  }
  return line;
}

function formatOne(e: PyInstance): string {
  let out = '';
  if (e.tb !== null) {
    out += 'Traceback (most recent call last):\n';
    // the same entry over and over (deep recursion) is shown three times, then counted
    let last = '';
    let repeats = 0;
    const flush = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    };
    for (let t: PyTraceback | null = e.tb; t !== null; t = t.next) {
      const own = t.frameObj.frame.code.filename;
      let entry = `  File "${own ?? S.filename}", line ${t.line}, in ${t.frameObj.frame.code.name}\n`;
      const src = own === undefined ? S.sourceLines[t.line - 1] : undefined;
      if (src !== undefined && src.trim() !== '') entry += `    ${src.trim()}\n`;
      if (entry === last) {
        repeats++;
        if (repeats > 3) continue;
      } else {
        flush();
        last = entry;
        repeats = 1;
      }
      out += entry;
    }
    flush();
  }
  return out + excLastLine(e) + '\n';
}

/** the whole report, with chained exceptions first */
export function formatException(e: PyInstance): string {
  const seen = new Set<PyInstance>();
  const parts: string[] = [];
  let cur: PyInstance | null = e;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    parts.unshift(formatOne(cur));
    const cause = cur.excCause as PyInstance | null | undefined;
    const ctx = cur.excContext as PyInstance | null | undefined;
    if (cause) {
      parts.unshift('\nThe above exception was the direct cause of the following exception:\n\n');
      cur = cause;
    } else if (ctx && !cur.suppressContext) {
      parts.unshift('\nDuring handling of the above exception, another exception occurred:\n\n');
      cur = ctx;
    } else cur = null;
  }
  return parts.join('');
}
