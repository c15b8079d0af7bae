# topk (k largest or smallest along a dim) and kthvalue (the k-th smallest), with gradients.
import torch

x = torch.tensor([[3.0, 1.0, 4.0, 0.5, 5.0], [9.0, 2.0, 6.0, 5.5, 3.5]], requires_grad=True)
t = torch.topk(x, 2)
print(t)
print(type(t).__name__, t.values, t.indices, sep="\n")
print(x.topk(1, dim=0))
print(torch.topk(x, 2, largest=False))
print(torch.topk(x, k=3, dim=-1, largest=True, sorted=True))
v, i = x.topk(3, 1, False, True)
print(v, i)
u = torch.topk(x, 3, sorted=False)
print("unsorted as a set:", u.values.sort(dim=1).values, u.indices.sort(dim=1).values)
print(type(t.values.grad_fn).__name__)

# gradient goes to the selected positions
(t.values * torch.tensor([10.0, 1.0])).sum().backward()
print(x.grad)
x.grad = None
torch.topk(x, 1, dim=0, largest=False).values.sum().backward()
print(x.grad)
print(torch.topk(x, 0))

# kthvalue
k = torch.kthvalue(x, 2)
print(k)
print(x.kthvalue(1, dim=0, keepdim=True))
val, idx = torch.kthvalue(x, 3, 1)
print(val, idx, type(val.grad_fn).__name__)
x.grad = None
val.sum().backward()
print(x.grad)
x.grad = None
torch.kthvalue(x, 5, dim=-1, keepdim=True).values.sum().backward()
print(x.grad)

# integers, 1-D, and the "largest three" idiom
print(torch.topk(torch.tensor([1, 5, 3, 7]), 2), torch.kthvalue(torch.tensor([8, 2, 6]), 2))
scores = torch.tensor([0.1, 0.7, 0.05, 0.9, 0.3])
best = scores.topk(3)
for rank, (s, j) in enumerate(zip(best.values.tolist(), best.indices.tolist())):
    print(rank, j, f"{s:.2f}")
