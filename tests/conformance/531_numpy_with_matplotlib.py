# A notebook that makes its data with numpy and plots it: numpy arrays (and numpy scalars) go
# straight into matplotlib, and plt.hist hands back numpy arrays of counts and bin edges.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(3)
x = np.linspace(0, 2 * np.pi, 25)
noisy = np.sin(x) + 0.2 * np.random.randn(25)
fig, ax = plt.subplots(1, 2, figsize=(8, 3))
lines = ax[0].plot(x, noisy, 'o', x, np.sin(x), 'r-')
print(len(lines), [line.get_label() for line in lines])
ax[0].set_title('sin(x) with noise')
ax[0].axhline(np.mean(noisy), color='gray')
samples = np.random.randn(400) * 1.5 + 0.5
counts, bins, patches = ax[1].hist(samples, bins=8)
print(type(counts).__name__, counts.dtype, counts.sum(), counts)
print(type(bins).__name__, bins.shape, bins)
counts, bins, _ = plt.hist(samples, bins=4, range=(-2.0, 2.0), density=True)
print(counts, bins, (counts * np.diff(bins)).sum() if hasattr(np, 'diff') else None)
plt.bar(np.arange(3), np.array([3.0, 1.0, 2.0]))
plt.scatter(np.arange(4), np.arange(4) ** 2, s=np.float64(10.0))
print(plt.gca().get_title())
plt.close('all')
