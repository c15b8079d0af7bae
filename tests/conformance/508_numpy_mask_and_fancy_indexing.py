import numpy as np

a = np.array([3.0, -1.0, 0.5, -2.5, 4.0, 0.0])
mask = a > 0
print(mask, mask.dtype)
print(a[mask], a[a > 0], a[a < 0], a[a == 0], a[a > 100])
print(a[(a > 0) & (a < 4)], a[(a < 0) | (a == 4.0)], a[~mask])
print(repr(a[a > 100]))

# assignment through masks
b = a.copy()
b[b < 0] = 0
print(b)
b[b > 1] *= 10
print(b)
b[np.array([True, False, True, False, True, False])] = -1
print(b)

# integer-array indexing copies
print(a[[0, 2]], a[[-1, 0, 0]], a[np.array([5, 1])])
picked = a[[0, 1]]
picked[0] = 1000.0
print(a[0], picked)
a[[1, 3]] = 9.0
print(a)

m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[0, 2], [1, 3]])
print(m[:, [0, 3]])
print(m[m % 2 == 0])
print(m[m > 5].shape, m[[True, False, True]])
m[m > 8] = -1
print(m)
m[:, [1, 2]] = 0
print(m)
rows = np.array([2, 0])
print(m[rows], m[rows, 0], m[1, [3, 2, 1]])
print(np.arange(5)[np.arange(5) % 2 == 1])
labels = np.array([0, 1, 1, 0, 1])
scores = np.array([0.9, 0.2, 0.4, 0.8, 0.1])
print(scores[labels == 1], scores[labels == 1].mean(), (scores > 0.5).sum(), (scores > 0.5).mean())
