# Imitates forum answers about gradcheck's error messages: no input requiring grad, non-tensor
# arguments, undefined output grads, non-reentrant backward, stride-0 inputs, GradcheckError itself.
import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError
print(GradcheckError.__module__, [c.__name__ for c in GradcheckError.__mro__], type(torch.autograd.gradcheck).__name__)

x = torch.tensor([0.5, -1.5, 2.0], dtype=torch.double, requires_grad=True)
print(gradcheck(lambda t, n, name: t ** n, (x, 3, "cube")), gradcheck(torch.mul, [x, 2.0]))
print(gradcheck(lambda t: t.detach() * 0, (x,)))

class NoMaterialize(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t, mode):
        ctx.set_materialize_grads(False)
        ctx.mode = mode
        return t * 2
    @staticmethod
    def backward(ctx, g):
        if g is None and ctx.mode == "raise":
            raise RuntimeError("got an undefined grad")
        return (torch.ones(3, dtype=torch.double) if g is None else g * 2), None

calls = [0]
class Noisy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t, scaled):
        ctx.scaled = scaled
        return t * 3
    @staticmethod
    def backward(ctx, g):
        calls[0] += 1
        return g * 3 + calls[0] * 1e-12 * (g if ctx.scaled else 1), None

cases = [
    lambda **kw: gradcheck(torch.sin, (x.detach(), 3), **kw),
    lambda **kw: gradcheck(lambda t: NoMaterialize.apply(t, "ones"), (x,), **kw),
    lambda **kw: gradcheck(lambda t: NoMaterialize.apply(t, "raise"), (x,), **kw),
    lambda **kw: gradcheck(Noisy.apply, (x, True), **kw),
    lambda **kw: gradcheck(Noisy.apply, (x, False), nondet_tol=1e-9, **kw),
    lambda **kw: gradcheck(lambda t: t * 2, (torch.ones(1, dtype=torch.double, requires_grad=True).expand(3),), **kw),
    lambda **kw: gradcheck(lambda t: t.detach() * 2, (x,), **kw),
    lambda **kw: gradcheck(torch.sin, (x,), check_backward_ad=False, **kw),
]
for case in cases:
    for kw in ({}, {"raise_exception": False}):
        try:
            print("->", case(**kw))
        except Exception as e:
            print(type(e).__name__, isinstance(e, GradcheckError), str(e))
print(gradcheck(lambda t: NoMaterialize.apply(t, "ones"), (x,), check_undefined_grad=False))
print(gradcheck(Noisy.apply, (x, True), nondet_tol=1e-9), calls[0] > 0)
