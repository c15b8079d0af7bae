# The forward-AD pitfalls a tutorial warns about, with PyTorch's own messages: no level, wrong tangent
# shape, nested levels, integer tensors, re-wrapping a dual, and ops without a forward formula.
import torch
import torch.autograd.forward_ad as fwAD

def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0])

x = torch.tensor([1., 2., 3.])
show("no level", lambda: fwAD.make_dual(x, torch.ones(3)))
show("unpack outside", lambda: fwAD.unpack_dual(x))
show("exit without level", lambda: fwAD.exit_dual_level())

def nested():
    with fwAD.dual_level():
        with fwAD.dual_level():
            pass

show("nested", nested)
with fwAD.dual_level():
    show("wrong shape", lambda: fwAD.make_dual(x, torch.ones(2)))
    show("no broadcast", lambda: fwAD.make_dual(x, torch.ones(1)))
    show("int primal", lambda: fwAD.make_dual(torch.tensor([1, 2, 3]), torch.ones(3)))
    show("int tangent", lambda: fwAD.make_dual(x, torch.tensor([1, 0, 0])))
    show("bool primal", lambda: fwAD.make_dual(torch.tensor([True]), torch.ones(1)))
    show("level=1", lambda: fwAD.make_dual(x, torch.ones(3), level=1))
    show("level=0", lambda: fwAD.make_dual(x, torch.ones(3), level=0))
    d = fwAD.make_dual(x, torch.ones(3))
    show("dual of dual", lambda: fwAD.make_dual(d, torch.ones(3)))
    show("dual tangent", lambda: fwAD.make_dual(x, d))
    show("unpack plain", lambda: fwAD.unpack_dual(x))
    show("round (zero tangent)", lambda: d.round())
    show("comparison (no tangent)", lambda: d > 1)
    show("argmax", lambda: d.argmax())
    show(".long() (no tangent)", lambda: d.long())
    show("exit other level", lambda: fwAD.exit_dual_level(level=5))
