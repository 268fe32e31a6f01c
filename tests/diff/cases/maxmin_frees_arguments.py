# max()/min() of several arguments release them: each __del__ runs when its object is dropped.
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __gt__(self, o): return self.n > o.n
    def __del__(self): print("del", self.n)
def main():
    print(max(V(1), V(2)).n)
    print(min(V(3), V(4), key=lambda v: v.n).n)
    print(max([V(5), V(6)]).n)
    print("end of main")
main()
print("end")
