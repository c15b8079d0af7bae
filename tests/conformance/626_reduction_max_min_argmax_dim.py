# max / min / argmax / argmin with dim and keepdim; ties: by-dim picks the first index,
# the full reduction splits the gradient evenly.
import torch

x = torch.tensor([[1.0, 5.0, 5.0], [7.0, -1.0, 7.0]], requires_grad=True)
r = torch.max(x, 1)
print(r)
print(type(r).__name__, r.values, r.indices)
print(torch.max(x, dim=1, keepdim=True))
v, i = x.min(dim=-1)
print(v, i)
print(x.min(0))
print(torch.max(x, 0)[1], torch.min(x, 1)[0])
print("argmax all", torch.argmax(x), "by row", torch.argmax(x, 1), "keepdim", x.argmin(0, keepdim=True))
print(torch.argmax(x, dim=None), x.argmax(dim=-1, keepdim=True), torch.argmin(x, -2))
print(type(x.max().grad_fn).__name__, type(x.max(1).values.grad_fn).__name__,
      type(x.min().grad_fn).__name__, type(x.min(dim=0).values.grad_fn).__name__)

# gradients
x.max().backward()
print("max() grad   ", x.grad)
x.grad = None
torch.max(x, 1).values.sum().backward()
print("max(1) grad  ", x.grad)
x.grad = None
v, i = torch.min(x, dim=0, keepdim=True)
(v * torch.tensor([[1.0, 2.0, 3.0]])).sum().backward()
print("min(0) grad  ", x.grad)
t = torch.tensor([2.0, 0.0, 2.0, 2.0], requires_grad=True)
t.max().backward()
print("three-way tie", t.grad)
t.grad = None
t.min().backward()
print("min no tie   ", t.grad)

# integers and bools
i = torch.tensor([[3, 9, 9], [4, 4, 0]])
print(torch.max(i, 1), i.argmax(1), i.min(), i.argmin())
print(torch.max(torch.tensor([[True, False]]), 1), torch.tensor([False, True]).max())
# 3-D with a negative dim, and the classic "predicted class" line
logits = torch.tensor([[[0.1, 2.0], [1.5, -0.3]], [[0.0, 0.0], [3.0, 3.5]]])
print(logits.max(dim=-1))
print(logits.argmax(-1), logits.argmax(1))
