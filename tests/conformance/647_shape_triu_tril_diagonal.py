# triu/tril with diagonal offsets, diagonal (a view), diag_embed, diag and trace.
import torch

x = torch.arange(1.0, 13.0).reshape(3, 4)
print(torch.triu(x))
print(x.triu(1))
print(x.triu(diagonal=-1))
print(torch.tril(x))
print(x.tril(-1))
print(torch.tril(x, diagonal=2))
print(torch.ones(2, 3, 3).tril()[1])
print(torch.tril(torch.ones(3, 3, dtype=torch.bool)))

print(torch.diagonal(x), x.diagonal(1), x.diagonal(offset=-1), x.diagonal(5))
b = torch.arange(24).reshape(2, 3, 4)
print(b.diagonal(dim1=1, dim2=2))
print(torch.diagonal(b, 0, 0, 2))
print(torch.diagonal(b, offset=1, dim1=-1, dim2=0).shape)
print(torch.diag_embed(torch.tensor([1, 2, 3])))
print(torch.diag_embed(torch.tensor([[1.0, 2.0], [3.0, 4.0]])).shape)
print(torch.diag_embed(torch.tensor([1, 2]), offset=1))
print(torch.diag_embed(torch.tensor([[1, 2]]), offset=-1, dim1=0, dim2=2).shape)
print(torch.diag(torch.tensor([1, 2])), torch.diag(x), torch.diag(x, 1))
print(torch.trace(x), x.trace(), torch.trace(torch.tensor([[1, 2], [3, 4]])))

# the diagonal is a view
eye = torch.zeros(3, 3)
eye.diagonal().fill_(1.0)
eye.diagonal(1).add_(5.0)
print(eye)

# grads
leaf = torch.arange(1.0, 10.0).reshape(3, 3).requires_grad_()
w = torch.arange(1.0, 10.0).reshape(3, 3) * 10
for name, fn in [("triu", lambda t: t.triu(1)), ("tril", lambda t: torch.tril(t)),
                 ("diagonal", lambda t: t.diagonal(-1)), ("diag_embed", lambda t: torch.diag_embed(t[0])),
                 ("trace", lambda t: t.trace())]:
    leaf.grad = None
    y = fn(leaf)
    out = (y * w[: y.shape[0], : y.shape[1]]).sum() if y.dim() == 2 else (y * w[0, : y.numel()]).sum()
    out.backward()
    print(name, type(y.grad_fn).__name__, leaf.grad.tolist())
