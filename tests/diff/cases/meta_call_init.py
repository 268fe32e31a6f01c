# A metaclass's __call__ (a singleton) and __init__, with super() in both
import gc
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
        print("init", name, sorted(k for k in ns if not k.startswith("__")))
    def __call__(cls, *args, **kw):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kw)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, value=1):
        print("Config.__init__", value)
        self.value = value

a = Config(5)
b = Config(7)
print(a is b, a.value, type(Config).__name__, isinstance(Config, Singleton))
print(Config.__dict__["_instance"] is a)
del a, b
print(gc.collect())
