# A "dual numbers in PyTorch" blog post: make_dual/unpack_dual inside dual_level, what a dual tensor
# looks like when printed, and how the tangent disappears once the level is exited.
import torch
import torch.autograd.forward_ad as fwAD

primal = torch.tensor([1., 2., 3.])
tangent = torch.tensor([1., 0., 0.5])
with fwAD.dual_level():
    dual = fwAD.make_dual(primal, tangent)
    print(dual)
    out = dual * dual                      # d(x^2) = 2x dx
    print(out)
    unpacked = fwAD.unpack_dual(out)
    print(unpacked)
    print(type(unpacked).__name__, unpacked._fields, len(unpacked))
    print("primal :", unpacked.primal)
    print("tangent:", unpacked.tangent)
    print(unpacked[0], unpacked[1])
    p, t = fwAD.unpack_dual(dual)
    print(t is tangent, torch.equal(p, primal), dual.shape, dual.dtype, dual.requires_grad)
    print(fwAD.unpack_dual(primal))         # a plain tensor has no tangent
    s = fwAD.make_dual(torch.tensor(2.), torch.tensor(1.))
    print(s, s ** 3, fwAD.unpack_dual(s ** 3))
    m = fwAD.make_dual(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[0.1, 0.2], [0.3, 0.4]]))
    print(m)
    d64 = fwAD.make_dual(torch.tensor([0.5, 1.5], dtype=torch.float64),
                         torch.tensor([1., -1.], dtype=torch.float64))
    print(d64)
    print(torch.exp(d64))
    print(fwAD.unpack_dual(torch.exp(d64)).tangent.dtype)

# Outside the level the tangents are gone.
print(out)
print(fwAD.unpack_dual(out))
print(fwAD.unpack_dual(out).tangent is None)
with fwAD.dual_level() as level:
    print("level", level, fwAD.unpack_dual(dual).tangent)
