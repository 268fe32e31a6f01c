import weakref

callbacks = []

class Button:
    def __init__(self, label):
        self.label = label
        callbacks.append(self.on_click)
    def on_click(self):
        return self.label

def make():
    b = Button("ok")
    return weakref.ref(b)

r = make()
print("kept alive by bound method:", r() is not None)
print("click:", callbacks[0]())
callbacks.pop()
print("released:", r() is None)
