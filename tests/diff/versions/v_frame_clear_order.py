class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def three():
    a = Tag("a")
    b = Tag("b")
    c = Tag("c")
    print("leaving three")

def params(x, y):
    z = Tag("z")
    print("leaving params")

three()
params(Tag("x"), Tag("y"))
print("end")
