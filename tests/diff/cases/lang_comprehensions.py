x = "outer"
squares = [x * x for x in range(5)]
print(squares, "x still:", x)
evens = [n for n in range(10) if n % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(evens, pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print({w: len(w) for w in ["aa", "b"]}, sorted({c for c in "mississippi"}))
print(sum(n * n for n in range(4)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(n > 8 for n in range(10)), all(n < 5 for n in range(10)))
flat = [v for row in matrix for v in row if v % 2]
print(flat)
factor = 10
print([factor * n for n in range(3)])
print(list(n for n in range(3)), tuple(c.upper() for c in "ab"))
print(sorted((v, k) for k, v in {"a": 2, "b": 1}.items()))
