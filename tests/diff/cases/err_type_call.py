class Shape:
    def area(self):
        return 0

shapes = [Shape(), Shape()]
print("areas:", [s.area() for s in shapes])
area = shapes[0].area()
print("area:", area)
method = shapes[1].area
print("method call:", method())
print(area())
