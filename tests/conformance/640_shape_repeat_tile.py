# repeat copies the data, expand only pretends to; tile pads short dims on the left.
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
r = x.repeat(2, 3)
print(r.shape, type(r.grad_fn).__name__)
print(r)
w = torch.arange(r.numel(), dtype=torch.float32).reshape(r.shape)
(r * w).sum().backward()
print("x.grad after repeat(2, 3):", x.grad)

# repeat with more sizes than dims adds leading dims
v = torch.tensor([1, 2, 3])
print(v.repeat(2), v.repeat(2, 2), v.repeat(1, 2, 1).shape)
print(v.repeat((3, 1)))
print(v.repeat(2).dtype)

# tile: fewer reps than dims means ones on the left
print(torch.tile(x.detach(), (2,)))
print(x.detach().tile((2, 1, 1)).shape)
print(torch.tile(v, (2, 2)))
x.grad = None
t = torch.tile(x, (1, 2))
print(type(t.grad_fn).__name__)
(t * torch.tensor([[1.0, 10.0, 100.0, 1000.0]])).sum().backward()
print("x.grad after tile(1, 2):", x.grad)

# repeat is a copy: changing it leaves the source alone; expand shares memory
base = torch.zeros(1, 3)
rep = base.repeat(2, 1)
exp = base.expand(2, 3)
rep[0, 0] = 5.0
print(base, rep)
base[0, 1] = 7.0
print(exp, rep)
print(base.repeat(0, 2).shape, v.repeat(0))
