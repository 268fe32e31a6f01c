# a finally body is compiled twice (compiler_try_finally): the copy the normal path runs (and
# return / break / continue leaving the try) borrows its locals under 3.14, the copy an exception
# runs (after PUSH_EXC_INFO, reached only through the exception table) loads them strong
import sys

class T:
    def m(self):
        print(' m', sys.getrefcount(self))

def f(raise_):
    a = T()
    try:
        if raise_:
            raise ValueError
    finally:
        a.m()

def caller():
    try:
        f(True)
    except ValueError:
        print(' caught')

def handled():
    a = T()
    for i in range(2):
        try:
            if i:
                raise KeyError
        except KeyError:
            pass
        finally:
            a.m()

def leaving():
    a = T()
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            a.m()
    try:
        return
    finally:
        a.m()

def gen(raise_):
    a = T()
    try:
        yield 1
        if raise_:
            raise ValueError
    finally:
        a.m()

def gens():
    for x in gen(False):
        pass
    try:
        for x in gen(True):
            pass
    except ValueError:
        print(' caught')

print('normal')
f(False)
print('exception')
caller()
print('handled')
handled()
print('continue, break, return')
leaving()
print('generator')
gens()
