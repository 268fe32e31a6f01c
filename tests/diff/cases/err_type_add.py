class Report:
    def __init__(self):
        self.lines = []
    def add(self, line):
        self.lines.append(line)

r = Report()
r.add("first")
r.add("second")
print("lines:", r.lines)
count = len(r.lines)
print("count:", count)
message = count + " lines"
print(message)
