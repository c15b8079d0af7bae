# Index generators and block builders: the upper triangle of a distance matrix via
# triu_indices, packing a lower-triangular Cholesky factor from a vector, block-diagonal
# parameter matrices, grids with cartesian_prod, pairs with combinations, and concatenate.
import torch

pts = torch.tensor([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0], [0.0, 1.0]])
D = torch.cdist(pts, pts)
iu = torch.triu_indices(4, 4, offset=1)
print(iu, iu.dtype, D[iu[0], iu[1]])
print(torch.tril_indices(3, 3), torch.tril_indices(3, 4, offset=1), torch.tril_indices(4, 3, -1))
print(torch.triu_indices(3, 3), torch.triu_indices(2, 4, 2), torch.triu_indices(3, 2, -1))
print(torch.tril_indices(0, 3), torch.triu_indices(2, 2, 5), torch.tril_indices(2, 2, offset=-3).shape)

# a covariance parameterised by the entries of a lower-triangular factor
theta = torch.tensor([1.0, 0.5, 2.0, -0.3, 0.2, 1.5], requires_grad=True)
il = torch.tril_indices(3, 3)
L = torch.zeros(3, 3).index_put((il[0], il[1]), theta)
cov = L @ L.t()
print(L, cov)
cov.trace().backward()
print(theta.grad)

# block-diagonal weights for independent groups
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([[5.0]], requires_grad=True)
bd = torch.block_diag(a, b, torch.tensor([6.0, 7.0]))
print(bd, bd.grad_fn.name())
(bd * torch.arange(20.0).reshape(4, 5)).sum().backward()
print(a.grad, b.grad)
print(torch.block_diag(torch.tensor(2.0), torch.tensor([[1, 2]])), torch.block_diag(torch.tensor([[1]]), torch.tensor([[True]])))
print(torch.block_diag(torch.zeros(0, 2), torch.ones(1, 1)), torch.block_diag(torch.ones(1, 1), torch.ones(1, 1, dtype=torch.float64)).dtype)

# all (x, y) grid points, and all pairs or triples of items
xs, ys = torch.tensor([0.0, 0.5]), torch.tensor([1.0, 2.0, 3.0])
grid = torch.cartesian_prod(xs, ys)
print(grid, torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3]), torch.tensor([4, 5])).shape, torch.cartesian_prod(xs) is xs)
items = torch.tensor([10, 20, 30, 40])
print(torch.combinations(items), torch.combinations(items, r=3))
print(torch.combinations(items[:3], with_replacement=True), torch.combinations(items, r=1).shape, torch.combinations(items, r=0))
print(torch.combinations(items, r=5), torch.combinations(torch.tensor([1.0, 2.0])))
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
pairs = torch.combinations(w)
print(pairs, pairs.grad_fn.name())
(pairs[:, 0] * pairs[:, 1]).sum().backward()
print(w.grad)
w.grad = None
g2 = torch.cartesian_prod(w, torch.tensor([1.0, -1.0]))
print(g2.grad_fn.name())
(g2[:, 0] ** 3 * g2[:, 1].clamp(min=0)).sum().backward()
print(w.grad)

# concatenate / concat are aliases of cat
c = torch.concatenate([a, b.expand(1, 2)], dim=0)
print(c, c.grad_fn.name(), torch.concat((a, a), 1).shape, torch.concatenate((torch.tensor([1]), torch.tensor([2.5]))))
