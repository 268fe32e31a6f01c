tests = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case [y, y]: pass",
    "match x:\n case 1 | y: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case {1: 3, True: 3}: pass",
    "match x:\n case (_ as y): pass\n case 3: pass",
    "match x:\n case y if y: pass\n case 1: pass",
    "match x:\n case C(a=1, 2): pass",
    "match x:\n case a as _: pass",
    "match x:\n case 1+1: pass",
]
for src in tests:
    try:
        compile(src, "<test>", "exec")
        print("compiles:", src.replace("\n", " / "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "at", e.lineno, e.offset)
