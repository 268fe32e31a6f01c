class R:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name)

head = R("1", R("2", R("3", R("4"))))
print("dropping head")
head = None
print("chain freed")
