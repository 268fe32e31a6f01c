# Code the page's engine fetches on first use (a generator, a match statement, a module imported
# only inside exec, the parser's error rules): the output must not show the fetching.
import gc


def gen():
    yield 1
    yield 2


print(sum(gen()))
match [1, 2]:
    case [a, b]:
        print("pair", a, b)
print("before exec")
exec("import itertools\nprint(list(itertools.islice(itertools.count(), 3)))")
try:
    exec("x = (1,")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(gc.collect())
