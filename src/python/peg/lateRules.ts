// Grammar rules fetched on first use, reached through here:
// - the invalid_* rules (invalid.ts, invalidParams.ts, invalidStatements.ts; installed by
//   invalidAll.ts) run only in the second pass, after the plain grammar has failed, as CPython's
//   parser calls them only when p->call_invalid_rules is set: they are needed when a program
//   first has a syntax error (with them comes the editor's error recovery, recover.ts);
// - the match statement (match.ts, and the compiler's pattern checks in ../matchChecks.ts;
//   installed by matchAll.ts): needed when a statement starts with the soft keyword `match`.
// Until a part is loaded, the parse stops with RulesNotLoaded and parse() says which part it
// needs (ParseResult.needsRules); the caller loads it and parses again.

import type * as Invalid from './invalid';
import type * as InvalidParams from './invalidParams';
import type * as InvalidStatements from './invalidStatements';
import type * as Recover from './recover';
import type * as Match from './match';
import type * as MatchChecks from '../matchChecks';

export type InvalidRules = typeof Invalid & typeof InvalidParams & typeof InvalidStatements & typeof Recover;
export type MatchRules = typeof Match & typeof MatchChecks;
export type LateRulesPart = 'syntax-errors' | 'match';

let invalid: InvalidRules | null = null;
let match: MatchRules | null = null;

export class RulesNotLoaded extends Error {
  constructor(readonly part: LateRulesPart) {
    super(`the parser's ${part} rules were needed before their code was loaded`);
  }
}

export function installInvalidRules(r: InvalidRules): void {
  invalid = r;
}

export function installMatchRules(r: MatchRules): void {
  match = r;
}

export function invalidRules(): InvalidRules {
  if (invalid === null) throw new RulesNotLoaded('syntax-errors');
  return invalid;
}

export function matchRules(): MatchRules {
  if (match === null) throw new RulesNotLoaded('match');
  return match;
}
