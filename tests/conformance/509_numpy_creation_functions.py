import numpy as np

print(repr(np.array([[1, 2], [3, 4]])), repr(np.asarray([1.0, 2.0])))
a = np.array([1.0, 2.0])
print(np.asarray(a) is a, np.array(a) is a, np.asarray(a, dtype=np.float32).dtype)
print(repr(np.zeros(3)), repr(np.zeros((2, 2), dtype=np.int64)), repr(np.zeros(2, dtype=bool)))
print(repr(np.ones((2, 3))), repr(np.ones(2, dtype=np.float32)), repr(np.ones(3, dtype=int)))
print(repr(np.full((2, 2), 7)), repr(np.full(3, 0.5)), repr(np.full((1, 2), 2, dtype=np.float32)))
print(repr(np.full(2, True)), repr(np.full((2,), np.pi)))
e = np.empty((3, 4))
print(e.shape, e.dtype, np.empty(2, dtype=np.int64).shape)
print(repr(np.eye(2)), repr(np.eye(2, 3)), repr(np.eye(3, k=1)), repr(np.eye(2, dtype=np.int64)))
print(repr(np.identity(3)), repr(np.identity(2, dtype=np.float32)))

# arange with int and float steps
print(repr(np.arange(5)), repr(np.arange(2, 10, 3)), repr(np.arange(5, 0, -1)), repr(np.arange(0)))
print(repr(np.arange(0.0, 1.0, 0.25)), repr(np.arange(1, 2, 0.1)), repr(np.arange(3.0)))
print(repr(np.arange(0, 5, 1.5)), repr(np.arange(-1.0, 1.0, 0.5)), repr(np.arange(10, dtype=np.float32)))
print(np.arange(0, 1, 0.1).size, np.arange(1, 1.3, 0.1))

# linspace
print(repr(np.linspace(0, 1, 5)), repr(np.linspace(-1, 1, 3)), repr(np.linspace(0, 10, 4)))
print(repr(np.linspace(2.0, 3.0, num=5)), repr(np.linspace(0, 1, 5, endpoint=False)), repr(np.linspace(0, 1, 1)))
print(repr(np.linspace(0, 2 * np.pi, 7)))
print(np.linspace(0, 1).shape, np.linspace(0, 1, 50)[1], np.linspace(1, 0, 3))

# *_like keep shape and dtype
x = np.array([[1, 2, 3], [4, 5, 6]])
print(repr(np.zeros_like(x)), repr(np.ones_like(x)), repr(np.ones_like(x, dtype=float)))
print(repr(np.zeros_like(np.array([1.5], dtype=np.float32))), repr(np.ones_like(np.array([True]))))

# constants
print(np.pi, np.e, np.inf, np.nan, -np.inf, type(np.pi))
print(np.inf > 1e308, np.nan == np.nan, np.nan != np.nan, -np.inf < -1e308)
print(repr(np.array([np.pi, np.e])), np.array([np.pi]) * 2)
