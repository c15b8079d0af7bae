# hstack vstack dstack column_stack, and meshgrid with 'ij' and 'xy' indexing.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.hstack((a, b)))
print(torch.vstack([a, b]))
print(torch.dstack((a, b)), torch.dstack((a, b)).shape)
print(torch.column_stack((a, b)))
m = torch.tensor([[1, 2], [3, 4]])
print(torch.hstack([m, m]))
print(torch.vstack([m, torch.tensor([9, 9])]))
print(torch.dstack([m, m * 10]).shape)
print(torch.column_stack([m, a[:2], torch.tensor([[7], [8]])]))
print(torch.hstack([torch.tensor([1.5]), a]).dtype, torch.vstack([a, b.double()]).dtype)
print(torch.row_stack((a, b)).shape)

# meshgrid
xs = torch.tensor([1, 2, 3])
ys = torch.tensor([10, 20])
gx, gy = torch.meshgrid(xs, ys, indexing="ij")
print(gx, gy, sep="\n")
gx, gy = torch.meshgrid(xs, ys, indexing="xy")
print(gx, gy, sep="\n")
g = torch.meshgrid([xs, ys, torch.tensor([0, 1])], indexing="ij")
print(len(g), g[2].shape, g[2][1, 1])
# evaluate a function on a grid
u, v = torch.meshgrid(torch.linspace(0, 1, 3), torch.linspace(-1, 1, 3), indexing="xy")
print(u ** 2 + v)

# grads route each input's slice back
p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor([3.0, 4.0], requires_grad=True)
s = torch.vstack([p, q])
print(s, type(s.grad_fn).__name__)
(s * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(p.grad, q.grad)
p.grad = None; q.grad = None
c = torch.column_stack([p, q])
(c * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(type(c.grad_fn).__name__, p.grad, q.grad)
p.grad = None; q.grad = None
mx, my = torch.meshgrid(p, q, indexing="ij")
print(type(mx.grad_fn).__name__)
(mx * my * torch.tensor([[1.0, 10.0], [100.0, 1000.0]])).sum().backward()
print(p.grad, q.grad)
