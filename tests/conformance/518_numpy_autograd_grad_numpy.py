import numpy as np
import torch

np.random.seed(3)
x_np = np.random.rand(5, 2)
y_np = x_np @ np.array([2.0, -1.0]) + 0.5
print(x_np.round(4))
print(y_np)

x = torch.from_numpy(x_np)
y = torch.from_numpy(y_np)
w = torch.tensor(np.zeros(2), requires_grad=True)
b = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
pred = x @ w + b
loss = ((pred - y) ** 2).mean()
print(loss)
loss.backward()
g = w.grad.numpy()
print(g, g.dtype, type(g))
print(b.grad, b.grad.numpy(), b.grad.item())

# check against the gradient computed by hand with numpy
manual = 2 * x_np.T @ (x_np @ np.zeros(2) - y_np) / len(y_np)
print(manual)
print(np.allclose(g, manual), np.abs(g - manual).max() < 1e-12)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w.detach().numpy(), w.grad.numpy() is g)
w.grad.zero_()
print(g)
