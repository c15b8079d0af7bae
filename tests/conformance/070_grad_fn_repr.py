import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.sum()
print(y.grad_fn)
print(type(y.grad_fn))
print(x.grad_fn)
print((x * 2).grad_fn.next_functions[0][0])
