from collections import namedtuple

Batch = namedtuple("Batch", "inputs targets weight", defaults=[1.0])
b = Batch([1, 2], [0, 1])
print(b)
print(Batch([0], [1], 0.5))
print(Batch._field_defaults)
