// Installs the parser's invalid_* rules and the editor's error recovery (recover.ts; see
// lateRules.ts); importing this file loads them.

import * as Invalid from './invalid';
import * as InvalidParams from './invalidParams';
import * as InvalidStatements from './invalidStatements';
import * as Recover from './recover';
import { installInvalidRules } from './lateRules';

installInvalidRules({ ...Invalid, ...InvalidParams, ...InvalidStatements, ...Recover });
