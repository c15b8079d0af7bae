import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
print(y.grad_fn._saved_self, y.grad_fn._saved_other)
z = x.exp()
print(z.grad_fn._saved_result)
