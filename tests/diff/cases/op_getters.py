# operator's itemgetter/attrgetter/methodcaller hold what they fetch with; function forms
import gc
import operator
import sys

class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def greet(self, other):
        return "hi %s, I am %s" % (other, self.name)

people = [P("cy", 40), P("ann", 31), P("bo", 31)]
by_age = operator.attrgetter("age", "name")
print([p.name for p in sorted(people, key=by_age)])
key = ["k"]
g = operator.itemgetter(key[0], 1)
print(g({"k": 1, 1: 2}), repr(operator.itemgetter("a")), gc.is_tracked(g))
arg = ["payload"]
mc = operator.methodcaller("greet", arg)
print("methodcaller holds arg:", sys.getrefcount(arg))
print(mc(people[1]))
print(repr(operator.methodcaller("greet", "x")))
del mc
print("after del:", sys.getrefcount(arg))
print(operator.sub(10, 3), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8), operator.xor(6, 3))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.truth([]), operator.index(5))
print(operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "k", 1)
operator.iadd(d.setdefault("l", []), [5])
print(d, operator.getitem([9, 8], -1), operator.abs(-3))
