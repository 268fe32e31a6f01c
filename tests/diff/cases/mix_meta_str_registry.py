# Mixing features: a metaclass registering str-subclass tokens made through type()
import gc
import sys

class TokenMeta(type):
    kinds = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases != (str,):
            mcls.kinds.append(cls)
        return cls
    def __call__(cls, text):
        tok = super().__call__(text.strip())
        tok.kind = cls.__name__.lower()
        return tok

class Token(str, metaclass=TokenMeta):
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, str.__repr__(self))

Word = type("Word", (Token,), {})
Number = TokenMeta("Number", (Token,), {"value": property(lambda self: int(self))})
toks = [Word(" hello "), Number(" 42"), Word("world")]
print(toks, [t.kind for t in toks], toks[1].value + 1, [type(t) for t in TokenMeta.kinds])
print(" ".join(toks), toks[0].upper(), toks[0] == "hello", sorted(toks))
print("refcount of Word:", sys.getrefcount(Word))
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(counts)
del toks, t
print("collected:", gc.collect())
