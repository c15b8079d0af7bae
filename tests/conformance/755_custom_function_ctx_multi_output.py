# Custom autograd.Function features from the extending-autograd docs and blog posts: an in-place
# forward with ctx.mark_dirty, several outputs with mark_non_differentiable, set_materialize_grads,
# needs_input_grad, and @once_differentiable under create_graph.
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

class ArgmaxAndMax(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        idx = x.argmax()
        m = x.max()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(x, idx)
        return m, idx
    @staticmethod
    def backward(ctx, gm, gidx):
        x, idx = ctx.saved_tensors
        print("backward got", gm, gidx)
        g = torch.zeros_like(x); g[idx] = gm
        return g

class Lazy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.set_materialize_grads(False)
        ctx.scale = scale
        print("needs", ctx.needs_input_grad)
        return x * scale, x + 1
    @staticmethod
    def backward(ctx, g1, g2):
        print("grads", g1, g2)
        return (g1 * ctx.scale if g1 is not None else None), None

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

m, i = ArgmaxAndMax.apply(torch.tensor([1., 5., 3.], requires_grad=True))
print(m, i, i.requires_grad)
m.backward()

x = torch.tensor([1., 2.], requires_grad=True)
p, q = Lazy.apply(x, 3.0)
p.sum().backward(); print(x.grad)

y = torch.tensor([2.], requires_grad=True)
out = Cube.apply(y)
g, = torch.autograd.grad(out, y, create_graph=True)
print(g, g.requires_grad, g.grad_fn.__class__.__name__)
try:
    g.backward()
except RuntimeError as e:
    print(e)
print(isinstance(FunctionCtx(), object))
