# A tutorial comparing forward-mode JVPs of elementwise functions with the textbook derivative and
# with torch.autograd.functional.jvp (which uses the double-backward trick).
import torch
import torch.autograd.forward_ad as fwAD
from torch.autograd.functional import jvp

x = torch.tensor([0.5, 1.0, 2.0])
v = torch.tensor([1.0, 0.5, -1.0])
funcs = {
    "sin": (torch.sin, lambda x: torch.cos(x)),
    "cos": (torch.cos, lambda x: -torch.sin(x)),
    "exp": (torch.exp, torch.exp),
    "log": (torch.log, lambda x: 1 / x),
    "tanh": (torch.tanh, lambda x: 1 - torch.tanh(x) ** 2),
    "sigmoid": (torch.sigmoid, lambda x: torch.sigmoid(x) * (1 - torch.sigmoid(x))),
    "sqrt": (torch.sqrt, lambda x: 0.5 / torch.sqrt(x)),
    "pow3": (lambda x: x ** 3, lambda x: 3 * x ** 2),
    "relu": (lambda x: torch.relu(x - 1), lambda x: (x > 1).float()),
}
with fwAD.dual_level():
    dx = fwAD.make_dual(x, v)
    for name, (f, df) in funcs.items():
        y, jv = fwAD.unpack_dual(f(dx))
        ref = jvp(f, x, v)[1]
        print(f"{name:8s}", y, jv, torch.allclose(jv, df(x) * v), torch.allclose(jv, ref))
    w = fwAD.make_dual(torch.tensor([2.0, 3.0, 4.0]), torch.tensor([0.0, 1.0, 0.0]))
    print(dx + 1, 2 * dx, dx - 3, dx / 2, 1 / dx, 2 ** dx, sep="\n")
    print(dx * w, dx / w, dx - w, sep="\n")
    print(dx * torch.tensor([10., 20., 30.]), dx + torch.ones(3))
    print(torch.maximum(dx, w), dx.pow(w))
    col = fwAD.make_dual(torch.tensor([[1.], [2.]]), torch.tensor([[1.], [0.]]))
    print(col * x)                          # broadcasting (2,1) * (3,) -> (2,3)
    print(col + dx)
print(jvp(lambda a, b: a * b, (x, torch.tensor([2., 3., 4.])), (v, torch.tensor([0., 1., 0.]))))
