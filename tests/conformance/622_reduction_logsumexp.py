# logsumexp: a numerically stable log(sum(exp(x))) along a dim, and its softmax gradient.
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], requires_grad=True)
print(torch.logsumexp(x, dim=1))
print(torch.logsumexp(x, 0))
print(x.logsumexp(-1, keepdim=True))
print(torch.logsumexp(x, dim=(0, 1)))
print(torch.logsumexp(x, dim=(-1,)))
print("naive", torch.log(torch.exp(x).sum(1)))
y = torch.logsumexp(x, dim=1)
print(y.grad_fn, type(y.grad_fn).__name__)

# the gradient of logsumexp is softmax along the same dim
y.sum().backward()
print("grad     ", x.grad)
print("softmax  ", torch.softmax(x.detach(), dim=1))
x.grad = None
(torch.logsumexp(x, 0) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print("grad dim0", x.grad)
x.grad = None
torch.logsumexp(x, dim=(0, 1)).backward()
print("grad all ", x.grad)

# stable where the naive formula overflows or underflows
big = torch.tensor([1000.0, 1000.0, 990.0], requires_grad=True)
print(torch.logsumexp(big, 0), torch.log(torch.exp(big).sum()))
small = torch.tensor([-1000.0, -1001.0])
print(torch.logsumexp(small, 0), torch.log(torch.exp(small).sum()))
torch.logsumexp(big, 0).backward()
print(big.grad)

# -inf entries contribute nothing; an all -inf row gives -inf
inf = float("inf")
m = torch.tensor([[0.0, -inf, 0.0], [-inf, -inf, -inf]])
print(torch.logsumexp(m, dim=1))
print(torch.logsumexp(torch.tensor([inf, 1.0]), 0))

# integer input is promoted to the default float dtype; float64 stays float64
print(torch.logsumexp(torch.tensor([[1, 2], [3, 4]]), dim=1))
d = torch.tensor([0.5, 1.5, 2.5], dtype=torch.float64)
print(torch.logsumexp(d, 0), f"{torch.logsumexp(d, 0).item():.10f}")
