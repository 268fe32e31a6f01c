lst = [3, 1, 2]
lst.append(5)
lst.extend([7, 8])
lst.insert(0, 9)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst)
lst.remove(1)
print(lst, lst.index(5), lst.count(2))
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
lst2 = lst.copy()
lst2.clear()
print(lst, lst2)
words = ["bb", "a", "ccc"]
words.sort(key=len)
print(words, [1, 2] + [3], [[0] * 2] * 2)
m = [[0] * 2 for i in range(2)]
m[0][0] = 1
print(m, list("abc"), [1, 2, 3][1:])
