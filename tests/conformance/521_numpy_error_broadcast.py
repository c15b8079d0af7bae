import numpy as np

a = np.array([1.0, 2.0])
b = np.array([[10.0], [20.0], [30.0]])
print(a + b)
print((a * b).shape)
try:
    np.ones((2, 3)) + np.ones((3, 2))
except ValueError as e:
    print("caught:", e)
try:
    np.ones((4, 1)) * np.ones(3) - np.ones((2, 3))
except ValueError as e:
    print("caught:", e)
c = np.array([1.0, 2.0, 3.0])
print(a + c)
