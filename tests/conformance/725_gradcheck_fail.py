# Imitates the "my custom backward is wrong, gradcheck catches it" section of autograd tutorials:
# raise_exception=False returns False; otherwise GradcheckError prints numerical vs analytical.
import torch
from torch.autograd import gradcheck, gradgradcheck
from torch.autograd.gradcheck import GradcheckError

class BadSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return grad_out * x  # should be 2 * x

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(BadSquare.apply, (x,), raise_exception=False))
try:
    gradcheck(BadSquare.apply, (x,))
except Exception as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e))
try:  # fast mode compares v^T J u with random unit u, v, then recomputes in slow mode for the message
    gradcheck(BadSquare.apply, (x,), fast_mode=True)
except GradcheckError as e:
    print(e)

def two_out(scale, t):  # input index counts only inputs requiring grad; rows = input elements
    return t.sum() * scale, BadSquare.apply(t[:2]) * scale
try:
    gradcheck(two_out, (torch.tensor(2.0, dtype=torch.float64), x), fast_mode=False)
except GradcheckError as e:
    print(e)
class FrozenCube(torch.autograd.Function):  # first derivative right, second derivative lost
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return grad_out * 3 * x.detach() ** 2
m = torch.tensor([[1.0, -1.0], [0.5, 2.0]], dtype=torch.float64, requires_grad=True)
gO = torch.ones(2, 2, dtype=torch.float64, requires_grad=True)
print(gradcheck(FrozenCube.apply, (m,)), gradgradcheck(FrozenCube.apply, (m,), (gO,), raise_exception=False))
torch.set_printoptions(precision=10)
try:
    gradgradcheck(FrozenCube.apply, (m,), (gO,))
except RuntimeError as e:
    print(type(e).__name__, e)
torch.set_printoptions(profile="default"); f32 = torch.tensor([0.5, 1.5], requires_grad=True)
print("float32:", gradcheck(torch.exp, (f32,), raise_exception=False), gradcheck(lambda t: t * t, (f32,), raise_exception=False))
