# Imitates tutorials on vector-Jacobian and Jacobian-vector products (torch.autograd.functional.vjp/jvp):
# several inputs, v=None for scalar outputs, shape errors, create_graph and strict mode.
import torch
from torch.autograd.functional import vjp, jvp

def mix(x, y):
    return x * y.exp() + x ** 2, (x * y).sum()

x = torch.tensor([1.0, -2.0, 0.5])
y = torch.tensor([0.0, 1.0, -1.0])
out, (gx, gy) = vjp(mix, (x, y), (torch.tensor([1.0, 0.5, 2.0]), torch.tensor(3.0)))
print(out, gx, gy, sep="\n")
out, tangents = jvp(mix, (x, y), (torch.ones(3), torch.tensor([0.0, 1.0, 2.0])))
print(out[0], tangents[0], tangents[1], sep="\n")

norm_sq = lambda t: (t ** 2).sum()
print(vjp(norm_sq, torch.tensor([3.0, 4.0])))
print(jvp(lambda s: torch.stack([s.sin(), s.cos()]), torch.tensor(0.5)))

ext = torch.tensor([2.0, 1.0, 0.0], requires_grad=True)  # a captured parameter, not an input
checks = [
    lambda: vjp(mix, (x, y), torch.ones(3)),
    lambda: vjp(mix, (x, y), (torch.ones(2), torch.tensor(1.0))),
    lambda: vjp(lambda t: t * 2, x, torch.ones(2)),
    lambda: vjp(lambda t: t * 2, x),
    lambda: jvp(mix, (x, y), (torch.ones(3),)),
    lambda: jvp(mix, (x, y), (torch.ones(3), torch.ones(1, 3))),
    lambda: jvp(lambda t: t * 2, x),
    lambda: vjp(mix, (x, [1.0, 2.0, 3.0]), (torch.ones(3), torch.tensor(1.0))),
    lambda: vjp(lambda t: (t * 2, 3.0), x, torch.ones(3)),
    lambda: vjp(lambda a, b: a * 2, (x, y), torch.ones(3), strict=True),
    lambda: jvp(lambda a, b: (a * 2, torch.zeros(3)), (x, y), (x, y), strict=True),
    lambda: jvp(lambda a: a.detach() * 2, x, x, strict=True),
    lambda: jvp(lambda a: (a * 2, ext * 3), x, x, strict=True),
]
for c in checks:
    try:
        c()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(vjp(lambda a, b: a * 2, (x, y), torch.ones(3)))
xs = x.clone().requires_grad_()
o, g = vjp(norm_sq, xs, create_graph=True)
print(o, g, g.requires_grad)
g.sum().backward()
print(xs.grad)
o, t = jvp(lambda a: a ** 3, xs, torch.ones(3), create_graph=True)
print(o, t, vjp(norm_sq, xs)[1].requires_grad)
