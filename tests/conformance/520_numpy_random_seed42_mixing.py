import numpy as np

np.random.seed(42)
a = np.random.randn(3, 2)
print(a)
print(repr(a))

# calls share one stream: randn right after rand, and the cached gaussian
np.random.seed(42)
print(np.random.rand(2))
print(np.random.randn(3))
print(np.random.rand(1))
print(np.random.randn())
print(np.random.normal(size=2))
print(np.random.randint(1, 7, size=10))
print(np.random.randint(-3, 3, size=(2, 4)))
print(np.random.randint(100))
print(np.random.uniform(0, 10, 3))
print(np.random.random(2))
print(np.random.randint(0, 2, size=8))
print(np.random.normal(1.0, 0.5, 3))

# odd number of normals: the second of the pair is kept for the next call
np.random.seed(7)
print(np.random.randn(3))
print(np.random.randn(1))
np.random.seed(7)
print(np.random.randn(4))

# typical blog usage: noisy data for a regression, small random weights
np.random.seed(1)
x = np.random.uniform(-1, 1, size=6)
noise = np.random.normal(0, 0.05, size=6)
y = 3 * x + 0.5 + noise
print(x.round(3), y.round(3))
print(x.mean(), y.std())
print(np.random.randint(0, 6, size=3), np.random.rand(2, 2).sum(axis=0))
np.random.seed(42)
w = np.random.randn(2, 3) * 0.01
print(w)
print(np.random.randint(10, size=4), np.random.randint(low=2, high=4, size=3))
