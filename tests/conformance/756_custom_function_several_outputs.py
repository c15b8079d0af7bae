# Custom Functions with several outputs, as blog posts write them: a sincos Function whose two
# outputs share one node, an output used alone, hooks and retain_grad on each output, a saved
# output modified in place, and a non-tensor item in the returned tuple.
import torch


class SinCos(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s, c = x.sin(), x.cos()
        ctx.save_for_backward(s, c)
        return s, c

    @staticmethod
    def backward(ctx, gs, gc):
        s, c = ctx.saved_tensors
        print("backward sees", gs, gc)
        return gs * c - gc * s


class ExpWithCount(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        ctx.save_for_backward(y)
        return y, x.numel()

    @staticmethod
    def backward(ctx, gy, gcount):
        y, = ctx.saved_tensors
        print("count grad", gcount)
        return gy * y


x = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
s, c = SinCos.apply(x)
print(s, c)
print(s.grad_fn is c.grad_fn, s.grad_fn.__class__.__name__, s.is_leaf, c.requires_grad)
(s * c).sum().backward()
print(x.grad)

x.grad = None
s, c = SinCos.apply(x)
c.sum().backward()        # s gets no gradient: backward sees zeros for it
print(x.grad)

x.grad = None
s, c = SinCos.apply(x)
s.retain_grad()
c.register_hook(lambda g: print("hook on c", g) or g * 2)
(2 * s + c).sum().backward()
print(s.grad, x.grad)

s, c = SinCos.apply(x)
s.grad_fn.register_hook(lambda grad_inputs, grad_outputs: print("node hook", len(grad_inputs), len(grad_outputs)))
(s + c).sum().backward()

y, n = ExpWithCount.apply(x)
print(y, n, type(n).__name__)
y.sum().backward(retain_graph=True)
print(x.grad)
with torch.no_grad():
    y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)

s, c = SinCos.apply(x)
(s + c).sum().backward()
try:
    s.grad_fn.saved_tensors
except Exception as e:
    print(type(e).__name__)
try:
    (s + c).sum().backward()
except RuntimeError as e:
    print(e)
