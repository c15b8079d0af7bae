# Advanced indexing mixed with slices, Ellipsis and None: shapes, values and which results are views.
import torch

x = torch.arange(24).reshape(2, 3, 4)
idx = torch.tensor([3, 0])
print(x[:, :, idx].shape, x[:, :, idx][1])
print(x[:, torch.tensor([2, 2, 0])].shape)
print(x[torch.tensor([1, 0]), :].shape, x[torch.tensor([1]), :, 0])
m = x[0]
rows = torch.tensor([0, 2, 1])
cols = torch.tensor([3, 1, 0])
print(m[rows, cols], m[rows[:, None], cols[None, :]].shape)
print(m[[0, 2], [1, 1]], m[rows, 2], m[1, cols])
print(x[..., 0], x[..., 0].shape)
print(x[1, ..., 2], x[..., 1, :].shape, x[...].shape)
print(x[None, :, None].shape, x[:, None, 1, None].shape, x[None].shape, x[..., None].shape)
print(x[:, 1:, idx].shape, x[torch.tensor([1]), 1:, idx].shape)
print(x[:, [0, 2], :][:, :, [1, 3]])
print(x[:, idx.clamp(max=2), idx].shape, x[:, idx.clamp(max=2), idx])
print(x[0, :, torch.tensor([[0, 1], [2, 3]])].shape, x[torch.tensor([[0], [1]]), :, torch.tensor([1, 2])].shape)

mask = torch.tensor([True, False, True, True])
print(m[:, mask])
print(x[:, torch.tensor([False, True, True])].shape, x[x > 20], x[0][m % 5 == 0])
print(m[torch.tensor([True, False, True])][:, 1], m[torch.tensor(True)].shape)
print(x[1, :, mask.nonzero().squeeze(1)])

# basic slicing/None/Ellipsis give views; tensor and mask indexes give copies
buf = torch.zeros(2, 3)
buf[..., 0].fill_(1.0)
buf[None, :, None][0, 1, 0, 2] = 7.0
buf[:, torch.tensor([1])].fill_(9.0)
buf[:, torch.tensor([True, True, False])].fill_(9.0)
print(buf)

# grads through each form
leaf = torch.arange(12.0).reshape(3, 4).requires_grad_()
w = torch.arange(1.0, 13.0).reshape(3, 4)
for name, fn in [("[:, idx]", lambda t: t[:, torch.tensor([1, 1, 3])]),
                 ("[idx, :]", lambda t: t[torch.tensor([2, 0]), :]),
                 ("[rows, cols]", lambda t: t[torch.tensor([0, 2, 2]), torch.tensor([3, 1, 1])]),
                 ("[..., 0]", lambda t: t[..., 0]),
                 ("[None, :, None]", lambda t: t[None, :, None]),
                 ("[:, mask]", lambda t: t[:, mask])]:
    leaf.grad = None
    y = fn(leaf)
    y.sum().backward() if name != "[:, mask]" else (y * w[:, :3]).sum().backward()
    print(name, tuple(y.shape), type(y.grad_fn).__name__, leaf.grad.tolist())
