import numpy as np

a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
row = np.array([10.0, 20.0, 30.0])
col = np.array([[1.0], [-1.0]])
print(a + row)
print(a * col)
print(a - a.mean(axis=0))
print((a - a.mean(axis=1, keepdims=True)) / a.std(axis=1, keepdims=True))
print(row[:, None] + row[None, :])
print(np.arange(3).reshape(3, 1) * np.arange(4))
print(a / 2, 2 / a, 1 - a, a ** 2, 2 ** np.arange(5))
print(a + np.array(1.0), (a + np.array(1.0)).shape, (np.ones((2, 1, 3)) + np.ones((4, 1))).shape)
print(-a, +a, abs(-a).sum())

# in-place operators keep the left operand's dtype
i = np.array([1, 2, 3])
i += 2
print(i, i.dtype)
f = np.array([1.0, 2.0, 3.0], dtype=np.float32)
f *= 1.5
print(f, f.dtype)
f += np.array([0.1, 0.1, 0.1])
print(repr(f))
g = np.zeros((2, 3))
g += row
g[1] -= 1
print(g)

# comparisons broadcast too
print(a > row / 10)
print(a == col + np.array([0.0, 1.0, 2.0]))
print((a >= 3) & (a < 6), (a < 2) | (a > 5), ~(a > 3))
print((a > 2).sum(), (a > 2).sum(axis=0), np.where(a > 2, a, -a))
print(a.max(axis=0) - a.min(axis=0), a / a.sum(axis=1, keepdims=True))
