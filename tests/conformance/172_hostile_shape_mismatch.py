# A shape mismatch in every op that checks shapes: PyTorch's message, and the session goes on.
import torch
a = torch.ones(2, 3, requires_grad=True)
b = torch.ones(4, 5)
attempts = [
    lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a ** b, lambda: a @ b,
    lambda: torch.mm(a, b), lambda: torch.matmul(a, torch.ones(4)), lambda: a.view(7),
    lambda: a.reshape(4, 2), lambda: a.expand(3, 3), lambda: torch.cat([a, b]), lambda: torch.stack([a, b]),
    lambda: a.sum(5), lambda: a.transpose(0, 3), lambda: a.squeeze(4), lambda: a.unsqueeze(5),
    lambda: a.permute(0), lambda: a[5], lambda: a[:, 7], lambda: torch.dot(torch.ones(2), torch.ones(3)),
    lambda: torch.where(a > 0, a, b), lambda: a.backward(),
    lambda: a.sum().backward(torch.ones(2)), lambda: torch.nn.functional.mse_loss(a, b),
    lambda: torch.autograd.grad(a.sum(), b), lambda: a.add_(b), lambda: a.masked_fill(b > 0, 0.0),
]
for i, f in enumerate(attempts):
    try:
        f()
        print(i, "no error")
    except (RuntimeError, IndexError, ValueError, TypeError) as e:
        print(i, type(e).__name__, e)
print((a * 2).sum())
