# The helpers tutorials reach for around a training loop: grids for plotting a decision surface,
# append/repeat/tile, flips and diagonals, vector norms, and np.testing checks of gradients.
import numpy as np
import torch

xs, ys = np.meshgrid(np.linspace(-1, 1, 3), np.arange(2))
print(xs)
print(ys, xs.shape)
ii, jj = np.meshgrid(np.arange(2), np.arange(3), indexing='ij')
print(ii, jj)
grid = np.stack([xs.ravel(), ys.ravel()], axis=1)
print(grid)

history = np.array([0.9, 0.5])
history = np.append(history, 0.25)
print(history, np.append(np.ones((2, 2)), [[7, 8]], axis=0))
print(np.repeat(np.array([1, 2, 3]), 2), np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=0))
print(np.tile(np.array([0, 1]), 3), np.tile(np.array([[1, 2]]), (2, 2)))
m = np.arange(9).reshape(3, 3)
print(np.flip(m, axis=0), np.flip(np.arange(4)))
print(np.diag(m), np.diag(np.array([1.0, 2.0])), np.trace(m))

v = np.array([3.0, 4.0])
print(np.linalg.norm(v), np.linalg.norm(np.ones((2, 2))), np.linalg.norm(m, axis=1))
print(np.linalg.norm(v, ord=1), np.linalg.norm(v, ord=np.inf))
unit = v / np.linalg.norm(v)
print(unit, np.linalg.norm(unit))

# checking autograd against a numpy derivative
w = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
(w ** 3).sum().backward()
expected = 3 * w.detach().numpy() ** 2
print(np.testing.assert_allclose(w.grad.numpy(), expected), np.allclose(w.grad.numpy(), expected))
np.testing.assert_array_equal(np.arange(3), [0, 1, 2])
np.testing.assert_array_almost_equal(np.array([1.0, 2.0]), np.array([1.0000001, 2.0]))
try:
    np.testing.assert_allclose(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
except AssertionError as e:
    print(str(e))
try:
    np.testing.assert_array_equal(np.array([1, 2, 3]), np.array([1, 0, 3]))
except AssertionError as e:
    print(str(e))
