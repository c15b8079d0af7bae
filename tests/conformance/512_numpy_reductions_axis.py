import numpy as np

a = np.array([[3.0, -1.0, 2.0], [0.5, 4.0, -2.5]])
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.sum(axis=-1), np.sum(a, axis=0))
print(a.sum(axis=0, keepdims=True), a.sum(axis=1, keepdims=True).shape, np.sum(a, keepdims=True))
print(a.mean(), a.mean(axis=0), np.mean(a, axis=1), a.mean(axis=1, keepdims=True))
print(a.std(), a.std(axis=0), np.std(a, axis=1), a.var(), np.var(a, axis=0))
print(a.std(ddof=1), np.var(a, axis=1, ddof=1))
print(a.min(), a.max(), a.min(axis=0), a.max(axis=1), np.min(a, axis=1), np.max(a, axis=0, keepdims=True))
print(a.argmin(), a.argmax(), a.argmin(axis=0), a.argmax(axis=1), np.argmax(a, axis=0), np.argmin(a))
print(type(a.argmax()), type(a.max()), repr(a.argmax(axis=1)))
print(a.prod(), a.prod(axis=0), np.prod(a, axis=1), np.prod(np.array([1, 2, 3, 4])))
print(np.cumsum(a), np.cumsum(a, axis=0), a.cumsum(axis=1))
print(np.cumsum(np.array([1, 2, 3])), np.cumsum(np.array([True, True, False])))

i = np.arange(12).reshape(3, 4)
print(i.sum(axis=0), i.mean(axis=0), i.max(axis=1), i.std(axis=1), repr(i.sum(axis=1, keepdims=True)))
print(repr(i.mean()), repr(i.var()), repr(i.prod(axis=1)))
b = np.array([True, False, True, True])
print(b.sum(), b.mean(), b.max(), b.argmax(), b.min(), repr(b.cumsum()))
f = np.array([0.1, 0.2, 0.3, 0.4], dtype=np.float32)
print(f.sum(), f.mean(), f.std(), f.var(), f.max(), repr(f.cumsum()), type(f.mean()))
print(repr(f.reshape(2, 2).sum(axis=0)), repr(f.reshape(2, 2).mean(axis=1, keepdims=True)))

t = np.arange(24.0).reshape(2, 3, 4)
print(t.sum(axis=(0, 2)), t.max(axis=(1, 2)), t.mean(axis=2).shape, t.sum(axis=1, keepdims=True).shape)
print(t.argmax(axis=2), t.argmin(axis=0).shape)

# ties: argmax returns the first occurrence
print(np.argmax(np.array([1, 5, 5, 2])), np.argmin(np.array([2.0, 0.0, 0.0])))
print(np.array([np.nan, 1.0]).max(), np.array([np.nan, 1.0]).sum(), np.array([np.inf, 1.0]).mean())
print(np.zeros((0,)).sum(), np.ones((0, 3)).sum(axis=0), np.prod(np.zeros(0)))
