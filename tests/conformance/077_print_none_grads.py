import torch
a = torch.ones(2, requires_grad=True)
b = a * 2
print(a.grad, b.grad_fn is not None)
print(None, [None])
