# A blog post on custom autograd.Functions that support both modes: forward/backward/jvp staticmethods,
# ctx.save_for_backward + ctx.save_for_forward, ctx attributes, and the error when jvp is missing.
import torch
import torch.autograd.forward_ad as fwAD

class ScaledSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(x)
        ctx.save_for_forward(x)                     # jvp only sees what was saved for forward
        ctx.scale = scale
        return scale * x * x
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return 2 * ctx.scale * x * grad_out, None
    @staticmethod
    def jvp(ctx, x_t, scale_t):
        x, = ctx.saved_tensors
        print("jvp got", x_t, scale_t, len(ctx.saved_tensors))
        return 2 * ctx.scale * x * x_t

class Exp(torch.autograd.Function):               # the tutorial's version: result kept on ctx
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        ctx.result = torch.exp(x)
        return ctx.result
    @staticmethod
    def backward(ctx, g):
        return g * ctx.result
    @staticmethod
    def jvp(ctx, x_t):
        print("saved for forward:", len(ctx.saved_tensors))
        return x_t * ctx.result

class NoJvp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clamp(min=0)
    @staticmethod
    def backward(ctx, g):
        return g

x = torch.tensor([1., 2., 3.])
with fwAD.dual_level():
    d = fwAD.make_dual(x, torch.tensor([1., 0.5, 0.]))
    y = ScaledSquare.apply(d, 3.0)
    print(y, y.grad_fn)
    print(Exp.apply(d))
    print(NoJvp.apply(x))                          # no tangent: jvp is never needed
    try:
        NoJvp.apply(d)
    except NotImplementedError as e:
        print(type(e).__name__, e)
    w = torch.tensor([1., 2.], requires_grad=True)
    z = ScaledSquare.apply(fwAD.make_dual(w, torch.tensor([1., 0.])), 0.5)
    print(type(z.grad_fn).__name__, fwAD.unpack_dual(z).tangent.detach())
    z.sum().backward()
    print("w.grad", w.grad)
