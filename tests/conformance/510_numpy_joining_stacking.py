import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]))
print(np.concatenate((a, a), axis=1))
print(np.concatenate([np.array([1, 2]), np.array([3.5])]))
print(np.concatenate([a, b], axis=0).shape, np.concatenate([a.T, b.T], axis=1).shape)
print(repr(np.concatenate([np.zeros(2, dtype=np.float32), np.ones(1, dtype=np.float32)])))

x = np.array([1.0, 2.0, 3.0])
y = np.array([4.0, 5.0, 6.0])
print(np.stack([x, y]))
print(np.stack([x, y], axis=1))
print(np.stack([x, y, x]).shape, np.stack([a, a]).shape, np.stack([a, a], axis=2).shape)
print(np.stack((a, a), axis=-1).shape, np.stack([x, y], axis=-1).shape)
print(np.vstack([x, y]))
print(np.vstack([a, b, b]))
print(np.hstack([x, y]))
print(np.hstack([a, a]))
print(np.hstack([np.array([[1], [2]]), np.array([[3], [4]])]))
print(repr(np.vstack([np.array([1, 2]), np.array([1.5, 2.5])])))
print(repr(np.stack([np.array(1), np.array(2)])))

# building a design matrix, a common blog step
xs = np.linspace(0, 1, 4)
X = np.stack([np.ones_like(xs), xs, xs ** 2], axis=1)
print(X)
print(np.hstack([X, np.zeros((4, 1))]).shape)
print(np.concatenate([X, X[:1]], axis=0)[-1])

# transpose, squeeze, expand_dims
t = np.arange(6).reshape(1, 2, 3)
print(np.transpose(t).shape, np.transpose(t, (1, 0, 2)).shape, np.transpose(a))
print(np.squeeze(t).shape, np.squeeze(np.zeros((1, 3, 1))).shape, np.squeeze(t, axis=0).shape)
print(np.expand_dims(x, 0).shape, np.expand_dims(x, axis=1).shape, np.expand_dims(a, -1).shape)
print(np.expand_dims(x, 1))
print(repr(np.squeeze(np.array([[5.0]]))))
