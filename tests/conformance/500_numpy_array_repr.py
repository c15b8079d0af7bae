import numpy as np

# repr of arrays as the interactive prompt shows them
a = np.array([1.0, 2.5, 3.0])
print(repr(a))
print(repr(np.array([1.0, 2.0, 3.0])))
print(repr(np.array([0.5, -1.25, 100.0])))
print(repr(np.array([1, 2, 3])))
print(repr(np.array([-1, 20, -300])))
print(repr(np.array([True, False, True])))
print(repr(np.array([1.5, 2.0], dtype=np.float32)))
print(repr(np.array([1, 2, 3], dtype=np.float32)))
print(repr(np.array([0.1, 0.2, 0.3])))
print(repr(np.array([0.1, 0.2, 0.3], dtype=np.float32)))

# 2-D
m = np.array([[1.0, 2.0, 3.0], [4.0, 5.5, 6.0]])
print(repr(m))
print(repr(np.array([[1, -2], [30, 4]])))
print(repr(np.array([[True, False], [False, True]])))
print(repr(np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)))
print(repr(np.eye(3)))

# 3-D
t = np.arange(12).reshape(2, 2, 3)
print(repr(t))
print(repr(t * 0.5))
print(repr(np.ones((2, 1, 2), dtype=np.float32)))

# 0-d and empty arrays
print(repr(np.array(3.5)))
print(repr(np.array(7)))
print(repr(np.array(True)))
print(repr(np.array(2.0, dtype=np.float32)))
print(repr(np.array([])))
print(repr(np.zeros((0, 3))))
print(repr(np.zeros((2, 0))))
print(repr(np.array([], dtype=np.int64)))
print(repr(np.zeros((0,), dtype=np.float32)))
print(repr(np.zeros((0, 2), dtype=bool)))

# list of arrays and arrays inside containers use repr
print([np.array([1, 2]), np.array([0.5])])
print({"w": np.zeros(2)})
print((np.ones(1, dtype=np.float32),))
