# narrow (a view), flip/fliplr/flipud and roll (copies) with their gradients.
import torch

x = torch.arange(12.0).reshape(3, 4)
print(x.narrow(1, 1, 2))
print(torch.narrow(x, 0, 1, 2))
print(x.narrow(-1, 3, 1), x.narrow(0, -1, 1))
view = x.narrow(1, 0, 2)
with torch.no_grad():
    view.mul_(-1)
print(x)

print(torch.flip(x, [0]))
print(x.flip(0, 1))
print(x.flip(-1))
print(torch.fliplr(x))
print(torch.flipud(x))
print(torch.flipud(torch.tensor([1, 2, 3])))

v = torch.arange(6)
print(torch.roll(v, 2), v.roll(-1), v.roll(8))
m = torch.arange(6).reshape(2, 3)
print(m.roll(1))
print(torch.roll(m, 1, 1))
print(torch.roll(m, shifts=(1, -1), dims=(0, 1)))
print(m.roll(shifts=-1, dims=0))

# grads: narrow puts zeros outside the window, flip/roll permute the upstream gradient
w = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
leaf = torch.tensor([0.5, -1.0, 2.0, 3.0, -4.0], requires_grad=True)
for name, fn in [("narrow", lambda t: t.narrow(0, 1, 3)),
                 ("flip", lambda t: t.flip(0)),
                 ("roll", lambda t: t.roll(2)),
                 ("fliplr", lambda t: torch.fliplr(t.reshape(1, 5)).reshape(5))]:
    leaf.grad = None
    y = fn(leaf)
    print(name, y.detach(), type(y.grad_fn).__name__ if name != "fliplr" else type(y.grad_fn.next_functions[0][0]).__name__)
    (y * w[: y.numel()]).sum().backward()
    print("  grad", leaf.grad)

m2 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
r = torch.roll(m2, shifts=(1, 1), dims=(0, 1))
(r * torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 10.0]])).sum().backward()
print(r, m2.grad, sep="\n")
