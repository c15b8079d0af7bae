# Pairwise distances for nearest-neighbour search and an RBF kernel, with torch.cdist's norms,
# its batched form, the matrix-multiply path it takes for p=2 with more than 25 rows, and dist.
import torch

queries = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, -1.0]], requires_grad=True)
keys = torch.tensor([[1.0, 1.0], [0.0, 0.0], [2.0, -2.0], [-1.0, 3.0]], requires_grad=True)
d2 = torch.cdist(queries, keys)
print(d2, d2.grad_fn.name())
print(d2.argmin(dim=1), d2.topk(2, dim=1, largest=False).indices)
d2.sum().backward()
print(queries.grad)
print(keys.grad)

for p in [1.0, 0.0, 3.0, float("inf")]:
    queries.grad = keys.grad = None
    d = torch.cdist(queries, keys, p=p)
    d.sum().backward()
    print(p, d, d.grad_fn.name())
    print(queries.grad, keys.grad)

# an RBF kernel matrix from squared distances
X = torch.tensor([[0.0, 1.0], [1.0, 1.0], [2.0, 0.0]])
K = torch.exp(-torch.cdist(X, X) ** 2 / 2)
print(K)

# batched: broadcast batch dims, one distance matrix per batch entry
A = torch.arange(12.0).reshape(2, 3, 2)
B = torch.tensor([[[0.0, 0.0], [1.0, 1.0]]])
print(torch.cdist(A, B), torch.cdist(A, B).shape, torch.cdist(A, B[0]).shape)

# more than 25 rows (or compute_mode='use_mm_for_euclid_dist'): |x|^2 - 2 x.y + |y|^2 by matmul
torch.manual_seed(0)
P = torch.randn(30, 3, requires_grad=True)
Q = torch.randn(4, 3)
dm = torch.cdist(P, Q)
de = torch.cdist(P, Q, compute_mode="donot_use_mm_for_euclid_dist")
print(dm.grad_fn.name(), dm.grad_fn.next_functions[0][0].name(), de.grad_fn.name())
print(dm[:3], (dm - de).abs().max() < 1e-5)
small = torch.cdist(queries, keys, compute_mode="use_mm_for_euclid_dist")
print(small.grad_fn.name(), small, torch.cdist(queries, queries, compute_mode="use_mm_for_euclid_dist").diagonal())
queries.grad = None
small.sum().backward()
print(queries.grad)

# torch.dist: the p-norm of the (broadcast) difference, a 0-dim result
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([1.0, 0.0])
for p in [2, 1, 0, 3, float("inf")]:
    r = torch.dist(a, b, p)
    print(p, r, r.grad_fn.name())
torch.dist(a, b).backward()
print(a.grad, a.detach().dist(b, 1))
