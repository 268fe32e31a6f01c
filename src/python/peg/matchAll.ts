// Installs the match statement's grammar and the compiler's pattern checks (see lateRules.ts);
// importing this file loads them.

import * as Match from './match';
import * as MatchChecks from '../matchChecks';
import { installMatchRules } from './lateRules';

installMatchRules({ ...Match, ...MatchChecks });
