// The abstract syntax tree of RefScope's Python subset.
// Nodes are plain data: a discriminated union on `kind`, every node with its source span
// (1-based line, 0-based column, like CPython's `lineno`/`col_offset`).

import type { Symtable } from './symtable';

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------- expressions ----------

export type Expr =
  | IntLit
  | FloatLit
  | StrLit
  | BoolLit
  | NoneLit
  | FString
  | Name
  | ListExpr
  | TupleExpr
  | DictExpr
  | SetExpr
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Call
  | Attribute
  | Subscript
  | Slice
  | Lambda
  | Comprehension
  | Starred
  | Yield
  | YieldFrom
  | NamedExpr
  | EllipsisLit
  | ImagLit;

export interface IntLit extends Span { kind: 'Int'; value: number | bigint }
export interface FloatLit extends Span { kind: 'Float'; value: number }
export interface StrLit extends Span { kind: 'Str'; value: string; bytes?: boolean } // bytes: a b'...' literal (value: chars 0..255)
export interface BoolLit extends Span { kind: 'Bool'; value: boolean }
export interface NoneLit extends Span { kind: 'None' }

/** f"...": literal pieces and formatted values, in order. */
export interface FString extends Span {
  kind: 'FString';
  parts: (string | FormattedValue)[];
}
export interface FormattedValue {
  expr: Expr;
  conversion: '' | 'r' | 's' | 'a';
  /** the format spec, itself possibly containing nested replacement fields */
  spec: (string | FormattedValue)[] | null;
  /** f"{x=}" self-documenting text, or null */
  selfDoc: string | null;
}

export interface Name extends Span { kind: 'Name'; id: string }
export interface ListExpr extends Span { kind: 'List'; elts: Expr[] }
export interface TupleExpr extends Span { kind: 'Tuple'; elts: Expr[] }
/** keys[i] === null means `**values[i]` */
export interface DictExpr extends Span { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Span { kind: 'Set'; elts: Expr[] }

export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
export interface BinOp extends Span { kind: 'BinOp'; op: BinOperator; left: Expr; right: Expr }
export interface UnaryOp extends Span { kind: 'UnaryOp'; op: '-' | '+' | 'not' | '~'; operand: Expr }
export interface BoolOp extends Span { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[] }

export type CmpOperator = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'is' | 'is not' | 'in' | 'not in';
/** a < b <= c: left, ops ['<', '<='], comparators [b, c] */
export interface Compare extends Span { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface IfExp extends Span { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }

export interface Keyword { name: string | null; value: Expr; span: Span } // name null: **value
export interface Call extends Span { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] } // args may hold Starred
export interface Attribute extends Span { kind: 'Attribute'; value: Expr; attr: string }
export interface Subscript extends Span { kind: 'Subscript'; value: Expr; index: Expr } // index may be a Slice or a Tuple
export interface Slice extends Span { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface Lambda extends Span { kind: 'Lambda'; args: Arguments; body: Expr }
export interface Starred extends Span { kind: 'Starred'; value: Expr }
/** `yield` / `yield value` (makes the enclosing function a generator) */
export interface Yield extends Span { kind: 'Yield'; value: Expr | null }
/** `yield from iterable` */
export interface YieldFrom extends Span { kind: 'YieldFrom'; value: Expr }
/** (target := value) */
export interface NamedExpr extends Span { kind: 'NamedExpr'; target: Name; value: Expr }
/** the `...` literal */
export interface EllipsisLit extends Span { kind: 'Ellipsis' }
/** an imaginary literal such as 2j (value is its imaginary part) */
export interface ImagLit extends Span { kind: 'Imag'; value: number }

export interface ComprehensionFor { target: Expr; iter: Expr; ifs: Expr[] }
/** list/set/dict comprehension or generator expression */
export interface Comprehension extends Span {
  kind: 'Comprehension';
  type: 'list' | 'set' | 'dict' | 'gen';
  elt: Expr;
  /** the value for dict comprehensions ({elt: value for ...}) */
  value: Expr | null;
  generators: ComprehensionFor[];
}

// ---------- function signatures ----------

export interface Param { name: string; default: Expr | null; span: Span; annotation?: Expr | null }
export interface Arguments {
  /** positional-or-keyword parameters (positional-only `/` is folded in here) */
  args: Param[];
  vararg: Param | null;
  /** keyword-only parameters (after `*` or `*args`) */
  kwonly: Param[];
  kwarg: Param | null;
}

// ---------- statements ----------

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | Delete
  | Pass
  | Break
  | Continue
  | Return
  | If
  | While
  | For
  | FunctionDef
  | ClassDef
  | Global
  | Nonlocal
  | Try
  | Raise
  | Assert
  | Import
  | ImportFrom
  | With
  | Match;

export interface ExprStmt extends Span { kind: 'ExprStmt'; value: Expr }
/** a = b = value: targets [a, b] */
export interface Assign extends Span { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Span { kind: 'AugAssign'; target: Expr; op: BinOperator; value: Expr }
/** x: int = 3 (simple: the target is a bare name, not parenthesised) */
export interface AnnAssign extends Span { kind: 'AnnAssign'; target: Expr; value: Expr | null; annotation?: Expr; simple?: boolean }
export interface Delete extends Span { kind: 'Delete'; targets: Expr[] }
export interface Pass extends Span { kind: 'Pass' }
export interface Break extends Span { kind: 'Break' }
export interface Continue extends Span { kind: 'Continue' }
export interface Return extends Span { kind: 'Return'; value: Expr | null }
export interface If extends Span { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] } // elif is a nested If in orelse
export interface While extends Span { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface For extends Span { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface FunctionDef extends Span {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  /** the `-> expr` annotation */
  returns?: Expr | null;
}
export interface ClassDef extends Span {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}
export interface Global extends Span { kind: 'Global'; names: string[] }
export interface Nonlocal extends Span { kind: 'Nonlocal'; names: string[] }
export interface ExceptHandler extends Span { type: Expr | null; name: string | null; body: Stmt[] }
export interface Try extends Span {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Raise extends Span { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Assert extends Span { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Alias { name: string; asname: string | null; span: Span }
/** import a, b as c (dotted names keep their dots in `name`) */
export interface Import extends Span { kind: 'Import'; names: Alias[] }
/** from module import a, b as c */
export interface ImportFrom extends Span { kind: 'ImportFrom'; module: string; names: Alias[] }

/** one `context [as target]` of a with statement */
export interface WithItem { context: Expr; target: Expr | null }
/** with a as x, b: ... (`async with` keeps isAsync and is rejected as unsupported) */
export interface With extends Span { kind: 'With'; items: WithItem[]; body: Stmt[]; isAsync: boolean }

// ---------- match statement (PEP 634) ----------

export interface MatchCase { pattern: Pattern; guard: Expr | null; body: Stmt[]; span: Span }
export interface Match extends Span { kind: 'Match'; subject: Expr; cases: MatchCase[] }

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

/** a literal or dotted-name value, compared with == */
export interface MatchValue extends Span { kind: 'MatchValue'; value: Expr }
/** None, True, False: compared with `is` */
export interface MatchSingleton extends Span { kind: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Span { kind: 'MatchSequence'; patterns: Pattern[] }
/** {key: pattern, **rest} */
export interface MatchMapping extends Span { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Span {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
/** *name or *_ inside a sequence pattern (name null for the wildcard) */
export interface MatchStar extends Span { kind: 'MatchStar'; name: string | null }
/** capture (pattern null), wildcard (both null), or `pattern as name` */
export interface MatchAs extends Span { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Span { kind: 'MatchOr'; patterns: Pattern[] }

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

/** A syntax error with CPython's message and 1-based line, 0-based column. */
export interface SyntaxErrorInfo {
  /** NotImplementedError: valid Python that RefScope's subset does not cover (named in the message) */
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'NotImplementedError' | 'RecursionError';
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface ParseResult {
  module: Module;
  /** empty when the source parsed cleanly; the first entry is what Python would raise */
  errors: SyntaxErrorInfo[];
  /** the symbol table (symtable/), when the program parsed; what the compiler reads */
  symtable: Symtable | null;
  /**
   * set when the parse needed grammar rules not loaded yet (peg/lateRules.ts): the invalid_*
   * rules that word a syntax error's message, or the match statement's; load that part
   * (peg/invalidAll.ts, peg/matchAll.ts) and parse again
   */
  needsRules?: 'syntax-errors' | 'match';
}
