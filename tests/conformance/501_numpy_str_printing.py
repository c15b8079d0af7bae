import numpy as np

# print() uses str(), which drops the array(...) wrapper and commas
a = np.array([1.0, 2.5, 3.0])
print(a)
print(np.array([1.0, 2.0, 3.0]))
print(np.array([1, 2, 3]))
print(np.array([-1, 20, -300]))
print(np.array([True, False, True]))
print(np.array([1.5, 2.0], dtype=np.float32))
print(np.array([0.1, 0.2, 0.3], dtype=np.float32))

m = np.array([[1, 2], [3, 4]])
print(m)
print(m * 1.5)
print(m > 2)
print(np.array([[-1.5, 2.0], [3.25, -4.0]]))
print(np.arange(24).reshape(2, 3, 4))
print(np.arange(8.0).reshape(2, 2, 2))

print(np.array(3.5))
print(np.array(7))
print(np.array(False))
print(np.array([]))
print(np.zeros((0, 3)))
print(np.zeros((2, 0, 2)))

print("a =", a)
print("m:\n" + str(m))
print(f"{np.array([0.25, 0.5])}")
print("{}".format(np.array([1, 2])))
print(str(np.linspace(0, 1, 5)))
print(str(a) == "[1.  2.5 3. ]", repr(a) == "array([1. , 2.5, 3. ])")
print(len(str(m)), len(repr(m)))
