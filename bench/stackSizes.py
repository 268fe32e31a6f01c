# co_stacksize of every code object in the files named (compiled, not run): one JSON line each.
# Used by bench/stackSizes.ts with CPython 3.13.
import json, sys, types

def walk(code, kind):
    yield kind, code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            k = 'gen' if c.co_flags & 0x20 else 'lambda' if c.co_name == '<lambda>' else 'genexpr' if c.co_name == '<genexpr>' else 'code'
            yield from walk(c, k)

for path in sys.argv[1:]:
    try:
        src = open(path, encoding='utf8').read()
        top = compile(src, path, 'exec')
    except Exception:
        continue
    for kind, c in walk(top, 'module'):
        n = len(set(c.co_varnames) | set(c.co_cellvars)) + len(c.co_freevars)
        print(json.dumps({'file': path, 'kind': kind, 'name': c.co_name, 'line': c.co_firstlineno, 'stacksize': c.co_stacksize, 'nlocalsplus': n}))
