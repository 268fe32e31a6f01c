// Installs the parser's invalid_* rules (see lateRules.ts); importing this file loads them.

import * as Invalid from './invalid';
import * as InvalidParams from './invalidParams';
import * as InvalidStatements from './invalidStatements';
import { installInvalidRules } from './lateRules';

installInvalidRules({ ...Invalid, ...InvalidParams, ...InvalidStatements });
