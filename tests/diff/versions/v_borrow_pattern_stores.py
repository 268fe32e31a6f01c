# STORE_FAST_LOAD_FAST after a pattern's captures: codegen_match_inner stores the captured names
# once the whole pattern matched, and the optimizer reorders the SWAPs that put them under the
# items still in use (swaptimize, apply_static_swaps). When the case's code ends with a lone
# STORE_FAST (not a POP_TOP, nor a STORE_FAST_STORE_FAST pair) and the guard or the body on the
# same line begins with a load of a local, the two are fused and 3.14 leaves the load strong;
# otherwise the load is LOAD_FAST_BORROW (one less inside m)
import sys

out = []

class T:
    def m(self):
        out.append(sys.getrefcount(self))
        return self

class W:
    def __eq__(self, o):
        out.append(sys.getrefcount(o))
        return True
    __hash__ = None

class P:
    __match_args__ = ('v', 'w', 'u')
    def __init__(self, v=None, w=None, u=None):
        self.v = v
        self.w = w
        self.u = u

def show(label):
    print(label, out.pop())

def seq1(x):
    match x:
        case [a]: a.m()
    show('[a]')

def seq1_next_line(x):
    match x:
        case [a]:
            a.m()
    show('[a] body on the next line')

def seq3(x):
    match x:
        case [a, b, c]: b.m()
    show('[a, b, c] -> b')

def seq4(x):
    match x:
        case [a, b, c, d]: c.m()
    show('[a, b, c, d] -> c')

def seq5(x):
    match x:
        case [a, b, c, d, e]: a.m()
    show('[a, b, c, d, e] -> a')

def cls1(x):
    match x:
        case P(a): a.m()
    show('P(a)')

def cls2(x):
    match x:
        case P(a, b): a.m()
    show('P(a, b)')

def cls3(x):
    match x:
        case P(a, b, c): a.m()
    show('P(a, b, c)')

def clskw(x):
    match x:
        case P(w=a): a.m()
    show('P(w=a)')

def mapping(x):
    match x:
        case {'k': a}: a.m()
    show("{'k': a}")

def mapping_rest(x):
    match x:
        case {'k': a, **r}: a.m()
    show("{'k': a, **r}")

def wild_after(x):
    match x:
        case [a, _]: a.m()
    show('[a, _]')

def wild_before(x):
    match x:
        case [_, a]: a.m()
    show('[_, a]')

def value_after(x):
    match x:
        case [a, 1]: a.m()
    show('[a, 1]')

def star_wild(x):
    match x:
        case [a, *_, b]: a.m()
    show('[a, *_, b]')

def star_wild_first(x):
    match x:
        case [a, *_]: a.m()
    show('[a, *_]')

def star_name(x):
    match x:
        case [*r]: r == W()
    show('[*r]')

def star_name3(x):
    match x:
        case (a, b, *r): a.m()
    show('(a, b, *r)')

def nested(x):
    match x:
        case [a, [b, c]]: a.m()
    show('[a, [b, c]]')

def nested_as(x):
    match x:
        case [T() as a]: a.m()
    show('[T() as a]')

def kw_seq(x):
    match x:
        case P(w=[a]): a.m()
    show('P(w=[a])')

def alternatives(x):
    match x:
        case [a] | (a, 1): a.m()
    show('[a] | (a, 1)')

def as_outer(x):
    match x:
        case [a] as z: a.m()
    show('[a] as z')

def guard(x):
    match x:
        case [a] if a.m():
            pass
    show('[a] if a.m()')

def two_cases(x):
    match x:
        case [a]: a.m()
        case _: pass
    show('[a] then case _')

def first_of_two(x):
    match x:
        case [a]: a.m()
        case P(): pass
    show('[a] then P()')

seq1([T()])
seq1_next_line([T()])
seq3([T(), T(), T()])
seq4([T(), T(), T(), T()])
seq5([T(), T(), T(), T(), T()])
cls1(P(T()))
cls2(P(T(), T()))
cls3(P(T(), T(), T()))
clskw(P(w=T()))
mapping({'k': T()})
mapping_rest({'k': T(), 'j': 1})
wild_after([T(), 0])
wild_before([0, T()])
value_after([T(), 1])
star_wild([T(), 0, 0, T()])
star_wild_first([T(), 0])
star_name([T()])
star_name3((T(), T(), T()))
nested([T(), [T(), T()]])
nested_as([T()])
kw_seq(P(w=[T()]))
alternatives([T()])
as_outer([T()])
guard([T()])
two_cases([T()])
first_of_two([T()])
