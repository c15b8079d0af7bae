import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(a[1, 2], a[-2, -3])
try:
    a[2]
except IndexError as e:
    print("caught:", e)
try:
    a[0, -4]
except IndexError as e:
    print("caught:", e)
try:
    a[[0, 5]]
except IndexError as e:
    print("caught:", e)
v = np.arange(5)
print(v[4], v[1:99])
print(v[5])
