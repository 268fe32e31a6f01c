# weakref.WeakMethod: rebuilds the bound method while the object lives; its callback gets the WeakMethod
import gc, weakref
class Player:
    def __init__(self, name):
        self.name = name
    def play(self, tune):
        return self.name + " plays " + tune
def gone(wm):
    print("  gone:", type(wm).__name__, wm())
p = Player("ann")
wm = weakref.WeakMethod(p.play, gone)
m = wm()
print(m("jazz"), m == p.play, m is wm(), isinstance(wm, weakref.ref))
print(weakref.getweakrefcount(p), weakref.getweakrefcount(Player.play))
del m
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del p
print("after del:", wm())
q = Player("bob")
q.me = q
wq = weakref.WeakMethod(q.play)
del q
print("collect:", gc.collect(), wq())
