# Index tensors separated by slices (their dims go first), x[True]/x[False], masks paired with
# other index tensors through their nonzero() columns, and writes through all of these.
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
i = torch.tensor([0, 1]); j = torch.tensor([1, 3])
print(x[True].shape, x[False].shape, x[..., True].shape, x[0, True].shape, x[None, True].shape)
print(x[True, 1], x[i, True, torch.tensor([1, 2])].shape)
print(x[i, :, j], x[i, 1, j], x[:, 1:, torch.tensor([[0], [2]])].shape)
y = x.clone(); y[i, :, j] = -1.0; print(y)
y = x.clone(); y[i, :, j] = torch.tensor([[5.0], [6.0]]); print(y)
w = x.clone().requires_grad_()
out = w[i, 1:, j] * torch.arange(4.0).reshape(2, 2)
out.sum().backward()
print(out.grad_fn.name(), w.grad)
z = torch.zeros(3, 4, 5)
z[torch.tensor([0, 2]), 1, torch.tensor([4, 0])] = 7.0
print(z.nonzero())
try:
    x[True, True, True, True, True]
except IndexError as e:
    print(e)
for f in [lambda: x[:, torch.tensor([0]), torch.tensor([5])], lambda: x[torch.tensor([0]), :, torch.tensor([5])], lambda: x[torch.tensor([[True,False,True]]), torch.tensor([5])], lambda: x[:, torch.tensor([True, False, True]), torch.tensor([0, 1])].shape, lambda: x[torch.tensor([1]), torch.tensor([True, False, True])].shape, lambda: x[torch.tensor([1]), :, torch.tensor([True, False, True, True])].shape, lambda: x[torch.tensor([0,1]), :, torch.tensor([True, False, True, True])].shape,lambda: x[:, torch.tensor([True, False])] ,lambda: x[1:, :, torch.tensor([True, False])], lambda: x[torch.tensor([[True, False, True], [False, False, True]]), torch.tensor([0, 3, 2])]]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
v = x.clone(); v[torch.tensor([1]), :, torch.tensor([True, False, True, True])] = 0.5; print(v)
