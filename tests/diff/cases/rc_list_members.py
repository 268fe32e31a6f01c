import sys

item = {"k": 1}
print("start:", sys.getrefcount(item))
lst = [item, item, item]
print("in list 3x:", sys.getrefcount(item))
lst.append(item)
print("appended:", sys.getrefcount(item))
lst.pop()
print("popped (discarded):", sys.getrefcount(item))
p = lst.pop()
print("popped and kept:", sys.getrefcount(item))
lst.remove(item)
print("removed one:", sys.getrefcount(item))
lst.clear()
print("cleared:", sys.getrefcount(item))
lst2 = [item] * 5
print("list times 5:", sys.getrefcount(item))
lst2[1:4] = []
print("after slice delete:", sys.getrefcount(item))
del p
print("del p:", sys.getrefcount(item))
lst2 = None
print("list dropped:", sys.getrefcount(item))
