# Imitates the "Extending PyTorch" tutorial habit of verifying gradients with gradcheck/gradgradcheck
# on double-precision inputs: built-in ops, a custom autograd.Function, nn.Linear, several inputs/outputs.
import torch
from torch.autograd import gradcheck, gradgradcheck

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3
    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return grad_out * 3 * x ** 2

x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.double, requires_grad=True)
A = torch.tensor([[1.0, 2.0], [0.0, -1.0], [0.5, 0.5]], dtype=torch.double, requires_grad=True)
B = torch.tensor([[0.3, -0.2], [1.5, 0.1]], dtype=torch.double, requires_grad=True)
print("sin:", gradcheck(torch.sin, (x,)))
print("matmul:", gradcheck(torch.matmul, (A, B)))
print("Cube:", gradcheck(Cube.apply, x))
print("Cube gradgrad:", gradgradcheck(Cube.apply, (x,)))

torch.manual_seed(0)
lin = torch.nn.Linear(3, 2).double()
inp = torch.tensor([[0.1, 0.2, 0.3], [-1.0, 0.0, 1.0]], dtype=torch.double, requires_grad=True)
print("Linear (input):", gradcheck(lin, (inp,)))
print("Linear (weight, bias):", gradcheck(lambda w, b: torch.nn.functional.linear(inp, w, b),
                                          (lin.weight, lin.bias)))

def split_stats(a, b):
    return (a * b).sum(0), torch.tanh(a - b), a.exp().mean()
a = torch.tensor([[0.2, -0.4], [1.0, 0.3]], dtype=torch.double, requires_grad=True)
b = torch.tensor([[0.5, 0.5], [-0.1, 0.9]], dtype=torch.double, requires_grad=True)
print("several outputs:", gradcheck(split_stats, (a, b)))
c = b.detach()
print("input without grad:", gradcheck(split_stats, (a, c)), c.requires_grad)
print("gradgrad several:", gradgradcheck(split_stats, (a, b)))
g = (torch.ones(2, dtype=torch.double), torch.ones(2, 2, dtype=torch.double), torch.tensor(1.0, dtype=torch.double))
print("gradgrad given grad_outputs:", gradgradcheck(split_stats, (a, b), g))
print("fast_mode:", gradcheck(split_stats, (a, b), fast_mode=True), gradgradcheck(Cube.apply, (x,), fast_mode=True))
print("softmax:", gradcheck(lambda t: torch.softmax(t, dim=1), (A,), eps=1e-6, atol=1e-5, rtol=1e-3))
print("check_batched_grad:", gradcheck(torch.sin, (x,), check_batched_grad=True))
print("check_forward_ad:", gradcheck(torch.sin, (x,), check_forward_ad=True))
print("scalar:", gradcheck(lambda t: t * t, torch.tensor(1.5, dtype=torch.double, requires_grad=True)))
print(x.grad, A.grad, lin.weight.grad)
