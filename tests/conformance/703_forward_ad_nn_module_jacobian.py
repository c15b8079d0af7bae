# The forward-mode AD tutorial's "usage with Modules": JVP of an nn.Linear+tanh model w.r.t. its input,
# a full Jacobian built one column at a time from one-hot tangents, and JVP w.r.t. the parameters.
import torch
import torch.nn as nn
import torch.autograd.forward_ad as fwAD
from torch.autograd.functional import jacobian

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
x = torch.tensor([0.5, -1.0, 2.0])
v = torch.tensor([1.0, 0.0, -1.0])
with torch.no_grad(), fwAD.dual_level():
    out = model(fwAD.make_dual(x, v))
    print(out)
    y, jvp = fwAD.unpack_dual(out)
print("jvp", jvp)

with fwAD.dual_level():
    out = model(fwAD.make_dual(x, v))
    t = fwAD.unpack_dual(out).tangent
    print(type(out.grad_fn).__name__, out.requires_grad, t.requires_grad)

cols = []
with fwAD.dual_level():
    for i in range(3):
        e = torch.zeros(3)
        e[i] = 1.0
        cols.append(fwAD.unpack_dual(model(fwAD.make_dual(x, e))).tangent.detach())
J_fwd = torch.stack(cols, dim=1)
J_rev = jacobian(model, x)
print(J_fwd, J_rev.shape, torch.allclose(J_fwd, J_rev), sep="\n")
print(torch.allclose(J_fwd @ v, jvp))

lin = nn.Linear(3, 2)
params = {name: p.detach() for name, p in lin.named_parameters()}
tangents = {name: torch.ones_like(p) for name, p in params.items()}
with fwAD.dual_level():
    for name, p in params.items():
        delattr(lin, name)
        setattr(lin, name, fwAD.make_dual(p, tangents[name]))
    print(fwAD.unpack_dual(lin(x)).tangent, x.sum() + 1)
