# rot90 rotates in a plane (a copy); movedim / moveaxis / swapaxes / swapdims reorder dims (views).
import torch

img = torch.arange(6).reshape(2, 3)
print(torch.rot90(img))
print(img.rot90(2))
print(torch.rot90(img, -1))
print(torch.rot90(img, 3, [0, 1]))
print(torch.rot90(img, 1, [1, 0]))
print(torch.rot90(img, 4).equal(img), torch.rot90(img, 5).shape)
cube = torch.arange(8).reshape(2, 2, 2)
print(cube.rot90(1, (1, 2)))

x = torch.arange(24.0).reshape(2, 3, 4)
print(torch.movedim(x, 0, -1).shape, x.movedim(2, 0).shape)
print(torch.movedim(x, (0, 1), (2, 0)).shape, torch.moveaxis(x, [0, 2], [1, 0]).shape)
print(x.moveaxis(-1, 1).shape)
print(torch.swapaxes(x, 0, 2).shape, x.swapdims(1, 2).shape, torch.swapdims(x, -1, -3).shape)
print(x.swapaxes(0, 1).is_contiguous(), x.movedim(0, 0).is_contiguous())
print(torch.movedim(x, 1, 0)[2])

# channels-last to channels-first is a view: writing through it changes the original
hwc = torch.zeros(2, 2, 3)
chw = hwc.movedim(-1, 0)
chw[1] = 5.0
print(hwc[0, 0], hwc.swapaxes(0, 2)[1, 1, 1])
sw = hwc.swapdims(0, 1)
sw[0, 1, 0] = -1.0
print(hwc[1, 0])

# grads
leaf = torch.arange(6.0, requires_grad=True)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
r = torch.rot90(leaf.reshape(2, 3))
print(r, type(r.grad_fn).__name__)
(r * w).sum().backward()
print(leaf.grad)
leaf.grad = None
s = leaf.reshape(2, 3).swapaxes(0, 1)
print(type(s.grad_fn).__name__, type(leaf.reshape(1, 2, 3).movedim(0, 2).grad_fn).__name__)
(s * w).sum().backward()
print(leaf.grad)
