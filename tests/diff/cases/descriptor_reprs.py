# The reprs and types of the descriptors students print: classmethod/staticmethod objects
# (3.10+ show the function), slot wrappers and method descriptors of builtin types, and what
# they become when bound.
class A:
    @classmethod
    def c(cls):
        return cls

    @staticmethod
    def s(x):
        return x * 2


print(A.__dict__['c'], A.__dict__['s'])
print(A.__dict__['s'](21))
print(A.__init__, A.__repr__, A.__eq__)
print(type(list.append).__name__, type(list.__len__).__name__, type([].__len__).__name__)
print(list.__init__, dict.__getitem__, dict.__contains__, set.__contains__, list.append)
print(type([].append).__name__, [1].__len__.__name__)
