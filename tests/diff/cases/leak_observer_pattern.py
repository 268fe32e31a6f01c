import weakref

class Subject:
    def __init__(self):
        self.observers = []
    def attach(self, obs):
        self.observers.append(obs)
    def notify(self, msg):
        for o in self.observers:
            o.update(msg)

class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        print(self.name, "got", msg)

s = Subject()
o = Observer("strong")
s.attach(o)
r = weakref.ref(o)
del o
s.notify("hello")
print("observer leaked:", r() is not None)
ws = weakref.WeakSet()
o2 = Observer("weak")
ws.add(o2)
del o2
print("weak observers left:", len(ws))
