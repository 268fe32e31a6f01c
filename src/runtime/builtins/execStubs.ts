// exec(), eval() and compile() in the builtins: their code (execEval.ts) is one of the
// interpreter's parts fetched on first use (parts.ts).

import { def } from './builtins';
import { execPart } from '../parts';

def('exec', (args, kw) => execPart().runBuiltin('exec', args, kw));
def('eval', (args, kw) => execPart().runBuiltin('eval', args, kw));
def('compile', (args, kw) => execPart().compileBuiltin(args, kw));
