import random

random.seed(7)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a[0])
rng = random.Random(123)
print(rng.random(), rng.randint(1, 6))
