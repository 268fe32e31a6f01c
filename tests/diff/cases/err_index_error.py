queue = [10, 20, 30]
while queue:
    print("processing", queue.pop(0))
print("queue empty:", queue)
data = [[1, 2], [3]]
print(data[0][1])
print(data[-1][0])
grid = [[r * c for c in range(3)] for r in range(3)]
print("grid:", grid)
print(grid[2][2])
print(data[1][1])
