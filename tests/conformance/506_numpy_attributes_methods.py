import numpy as np

a = np.arange(6.0).reshape(2, 3)
print(a.shape, a.dtype, a.ndim, a.size, len(a))
print(a.T)
print(a.T.shape, a.T.ndim)
print(a.reshape(3, 2))
print(a.reshape(-1))
print(a.reshape(3, -1).shape, a.reshape(-1, 1).shape, a.reshape((1, 6)).shape)
print(a.reshape(6).shape, np.arange(24).reshape(2, -1, 4).shape)
print(type(a.shape), a.shape[0], a.shape[-1])

c = a.copy()
c[0, 0] = 100.0
print(a[0, 0], c[0, 0])

print(a.tolist(), type(a.tolist()), type(a.tolist()[0][0]))
print(np.array([1, 2]).tolist(), np.array([True]).tolist(), np.array(2.5).tolist())
print(np.array([[7]]).item(), type(np.array([[7]]).item()), a.item(4))
print(a.flatten(), a.ravel(), a.T.flatten())

f = a.flatten()
f[0] = -1.0
print(a[0, 0])
r = a.ravel()
r[1] = -2.0
print(a[0, 1])

v = a.reshape(3, 2)
v[2, 1] = 55.0
print(a)

for row in a:
    print("row:", row, row.shape)
for x in np.array([3, 1, 2]):
    print(x, type(x))
print([list(row) for row in np.eye(2, dtype=np.int64)])
print(list(np.array([0.5, 1.5])))

s = np.zeros((4, 1, 3))
print(s.shape, s.ndim, s.size, s.squeeze().shape, s.T.shape)
print(np.array(5.0).shape, np.array(5.0).ndim, np.array(5.0).size)
print(a.astype(np.int64), a.astype(np.float32).dtype, a.dtype)
print(a.sum(), a.max(), a.min(), a.mean(), a.argmax(), a.argmin())
print(a.reshape(3, 2).T.T.shape, a.T.reshape(-1))
print(np.arange(4).reshape(2, 2).transpose())
