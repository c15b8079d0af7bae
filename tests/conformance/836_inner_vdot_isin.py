# Inner products and membership tests: similarity scores with inner, the alignment of two
# gradient vectors with vdot, and isin to keep or drop classes and token ids.
import torch

q = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
k = torch.tensor([0.5, -1.0, 2.0])
s = torch.inner(q, k)
print(s, s.grad_fn.name())
s.backward()
print(q.grad)

# inner contracts the last dims: (2, 3) x (4, 3) -> (2, 4); batches keep their leading dims
Q = torch.tensor([[1.0, 0.0, 1.0], [0.0, 2.0, -1.0]], requires_grad=True)
K = torch.arange(12.0).reshape(4, 3)
S = torch.inner(Q, K)
print(S, S.grad_fn.name())
S.sum().backward()
print(Q.grad)
print(torch.inner(torch.ones(2, 2, 3), K).shape, torch.inner(torch.tensor(2.0), Q).grad_fn.name(), torch.inner(Q, Q))
print(torch.inner(torch.tensor([1, 2]), torch.tensor([3, 4])), Q.detach().inner(torch.tensor([1.0, 1.0, 1.0])))

# vdot: 1-D dot product; for real tensors the same as dot
g1 = torch.tensor([0.1, -0.4, 0.25, 2.0], requires_grad=True)
g2 = torch.tensor([1.0, 0.5, -2.0, 0.25], requires_grad=True)
align = torch.vdot(g1, g2)
print(align, align.grad_fn.name(), torch.dot(g1, g2).grad_fn.name())
align.backward()
print(g1.grad, g2.grad)
cos = torch.vdot(g1, g2) / (g1.norm() * g2.norm())
print(cos, g1.detach().vdot(g2.detach()), torch.vdot(torch.tensor([1, 2]), torch.tensor([3, 4])))
print(torch.vdot(torch.tensor([1.0, 2.0], dtype=torch.float64), torch.tensor([0.5, 0.25], dtype=torch.float64)).item())

# isin: which labels belong to the classes we keep?
labels = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
keep = torch.tensor([1, 5, 9])
mask = torch.isin(labels, keep)
print(mask, labels[mask], labels[torch.isin(labels, keep, invert=True)])
print(torch.isin(labels, 4), torch.isin(4, labels), torch.isin(7, keep))
print(torch.isin(labels, keep, assume_unique=False), torch.isin(torch.tensor([[1, 2], [9, 0]]), keep))
print(torch.isin(torch.tensor([1.0, 2.5, float("nan")]), torch.tensor([2.5, float("nan")])))
print(torch.isin(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1, 3])), torch.isin(torch.tensor([1, 2]), torch.tensor([2.0])))
# a large test set takes the sorting path; the answer is the same
vocab = torch.arange(0, 300, 3)
print(torch.isin(torch.tensor([0, 1, 297, 150, 299]), vocab), torch.isin(torch.tensor([0, 1, 297]), vocab, invert=True))
