import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(x.data)
print(x.requires_grad, x.is_leaf, x.grad, x.grad_fn)
y = x * 2
print(y.requires_grad, y.is_leaf, y.grad_fn)
print(x.shape, x.dtype, x.dim(), x.numel(), x.size(), x.size(0))
