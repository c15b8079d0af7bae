import numpy as np

a = np.arange(6)
print(a.reshape(2, 3))
print(a.reshape(-1, 2).shape)
try:
    a.reshape(4, -1)
except ValueError as e:
    print("caught:", e)
try:
    np.zeros((2, 3)).reshape(5)
except ValueError as e:
    print("caught:", e)
print(a.reshape(4))
