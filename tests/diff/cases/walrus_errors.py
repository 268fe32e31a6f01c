tests = [
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    [(q := 1) for _ in range(2)]",
    "[[(j := 0) for k in range(2)] for j in range(2)]",
    "(a.b := 1)",
    "def f():\n    return [(n := 1) for n2 in range(2)]\nprint(f())",
    "[j for i in range(2) if (j := i) for j in range(2)]",
]
for src in tests:
    try:
        exec(compile(src, "<test>", "exec"))
        print("ok:", src.replace("\n", " / "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
