# torch.diff for finite differences: velocity and acceleration of a sampled trajectory, the
# inverse of cumsum via prepend, segment lengths from offsets, change detection on masks.
import torch

t = torch.linspace(0, 1, 6)
pos = (t ** 2).requires_grad_()
vel = torch.diff(pos) / torch.diff(t)
print(vel, vel.grad_fn.name(), torch.diff(pos).grad_fn.name())
acc = torch.diff(pos, n=2)
print(acc, acc.grad_fn.name(), acc.grad_fn.next_functions[0][0].name())
(vel.sum() + 10 * acc.sum()).backward()
print(pos.grad)

# cumsum and diff with prepend=0 undo each other
steps = torch.tensor([3, -1, 4, 1, -5])
walk = steps.cumsum(0)
print(walk, torch.diff(walk, prepend=torch.tensor([0])))
offsets = torch.tensor([0, 4, 4, 9, 12])
print(torch.diff(offsets), torch.diff(offsets, append=torch.tensor([15])), offsets.diff(n=2))

# along a dimension of a 2-D table, with tensors glued on either side
grid = torch.tensor([[1.0, 2.0, 4.0, 7.0], [0.0, 1.0, 0.0, 1.0]], requires_grad=True)
print(torch.diff(grid, dim=0), torch.diff(grid, dim=-1))
d = torch.diff(grid, dim=1, prepend=torch.zeros(2, 1), append=torch.full((2, 2), 10.0))
print(d, d.grad_fn.next_functions[0][0].next_functions[0][0].name())
(d * torch.arange(1.0, 7.0)).sum().backward()
print(grid.grad)
print(torch.diff(grid.detach(), n=3, dim=1), torch.diff(grid.detach(), n=4, dim=1), torch.diff(grid.detach(), n=9).shape)
z = torch.diff(grid, n=0)
print(z, z.grad_fn.name())
print(torch.diff(grid.detach(), dim=1, prepend=torch.tensor([[1], [2]])))

# booleans difference with xor: where does the mask switch on or off?
mask = torch.tensor([False, False, True, True, False, True])
print(torch.diff(mask), torch.diff(mask, prepend=torch.tensor([False])).nonzero().flatten())
print(torch.diff(torch.tensor([[True, False], [True, True]]), dim=0))
print(torch.diff(torch.tensor([1.0, 4.0], dtype=torch.float64), append=torch.tensor([9.0])).dtype)
