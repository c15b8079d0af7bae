import numpy as np

a = np.arange(12).reshape(3, 4)
print(a)
print(a[1], a[1, :], a[:, 1], a[-1, -1], a[0][2])
print(a[:2, 1:3])
print(a[::2, ::-1])
print(a[::-1])
print(a[:, -2:])
print(a[1:, ::2].shape, a[5:].shape, a[:, 10:].shape)

x = np.arange(10)
print(x[2:7], x[::3], x[::-1], x[-3:], x[7:2:-2], x[:-7:-1], x[100:], x[-100:2])

# basic slices are views: writing through them changes the original
s = a[1:, 2:]
s[0, 0] = 99
print(a)
s[:] = 0
print(a)
col = a[:, 0]
col += 100
print(a)
row = a[2]
row[1] = -1
print(a, row)
a[0, :] = 7
print(a)
a[:, 1] = [10, 20, 30]
print(a)
r = x[::-1]   # reversed: read here (the playground's reversed slices are copies, not views)
print(r, x[::-2], x[8:2:-3])
x[1:4] = 5.7
print(x, x.dtype)

# newaxis / None
v = np.array([1.0, 2.0, 3.0])
print(v[np.newaxis, :].shape, v[:, np.newaxis].shape, v[None].shape, v[:, None, None].shape)
print(v[:, None] - v[None, :])
print(np.newaxis is None)
print(a[1, None].shape, a[None, 0].shape, a[:, None, 0])

# a copy does not share
c = a[:2].copy()
c[0, 0] = -5
print(a[0, 0], c[0, 0])
