class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError("below absolute zero: %s" % celsius)
        self.celsius = celsius
        print("created", celsius)

readings = [20, -10, -300, 5]
objs = []
for r in readings:
    objs.append(Temperature(r))
print("never reached")
