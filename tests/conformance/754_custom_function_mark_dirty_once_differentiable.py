# Custom autograd.Function helpers tutorials import from torch.autograd.function: an in-place
# forward marked with ctx.mark_dirty (the input itself takes the node), @once_differentiable.
import torch
from torch.autograd.function import once_differentiable, FunctionCtx

class AddOneInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.mark_dirty(x)
        return x.add_(1)
    @staticmethod
    def backward(ctx, g):
        return g

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3
    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * g

a = torch.tensor([1., 2.], requires_grad=True)
b = a.clone()
c = AddOneInplace.apply(b)
print(c, b, c is b, c.grad_fn.__class__.__name__)
c.sum().backward(); print(a.grad)

y = torch.tensor([2.], requires_grad=True)
out = Cube.apply(y)
g, = torch.autograd.grad(out, y, create_graph=True)
print(g, g.requires_grad, g.grad_fn.__class__.__name__)
try:
    g.backward()
except RuntimeError as e:
    print(e)
print(isinstance(FunctionCtx(), object))
