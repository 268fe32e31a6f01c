# a priority scheduler on heapq, plus bisect for sorted inserts
import bisect
import heapq
import sys

class Job:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

queue = []
jobs = {n: Job(n) for n in ["build", "test", "deploy", "lint"]}
for prio, name in [(2, "test"), (1, "lint"), (3, "deploy"), (1, "build")]:
    heapq.heappush(queue, (prio, name, jobs[name]))
print([name for _, name, _ in queue])
print("refcount of deploy:", sys.getrefcount(jobs["deploy"]))
order = []
while queue:
    prio, name, job = heapq.heappop(queue)
    order.append(job)
print(order, "after popping:", sys.getrefcount(jobs["deploy"]))
del job
nums = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(nums)
print(nums, heapq.nsmallest(2, nums), heapq.nlargest(3, nums, key=lambda v: -v))
print(heapq.heapreplace(nums, 5), heapq.heappushpop(nums, 0), nums)
print(list(heapq.merge([1, 5, 9], [2, 6], [3, 4, 10])))
scores = []
for s in [70, 55, 90, 70, 82]:
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70))
print(bisect.bisect([(1, "a"), (5, "e")], (3, "c")), bisect.bisect_left(scores, 82, key=None))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
