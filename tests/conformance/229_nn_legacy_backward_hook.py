# The deprecated Module.register_backward_hook (it hooks the output's grad_fn), grad_fn.register_hook, and
# the RemovableHandle every register_*hook returns.
import torch
import torch.nn as nn
torch.manual_seed(0)
lin = nn.Linear(3, 2)
def hook(module, grad_input, grad_output):
    print("hook on", type(module).__name__)
    print("grad_input", [None if g is None else tuple(g.shape) for g in grad_input])
    print("grad_output", [tuple(g.shape) for g in grad_output])
    print(grad_output[0])
h = lin.register_backward_hook(hook)
x = torch.randn(4, 3, requires_grad=True)
out = lin(x)
out.sum().backward()
print(x.grad)
h.remove()
out = lin(x)
out.sum().backward()
print("removed, no hook")
# replacing grad_input through the grad_fn hook
seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
def double(m, gi, go):
    return tuple(None if g is None else g * 2 for g in gi)
seq[0].register_backward_hook(double)
y = torch.ones(1, 2, requires_grad=True)
seq(y).sum().backward()
print(y.grad, seq[0].weight.grad)
try:
    seq[0].register_full_backward_hook(double)
except RuntimeError as e:
    print("RuntimeError:", e)
# grad_fn.register_hook directly
a = torch.tensor([1., 2.], requires_grad=True)
b = a * 3
def gh(grad_inputs, grad_outputs):
    print("grad_fn hook", grad_inputs, grad_outputs)
handle = b.grad_fn.register_hook(gh)
b.sum().backward()
print(a.grad)
# tensor hook handle
c = torch.tensor([1., 1.], requires_grad=True)
hh = c.register_hook(lambda g: g * 10)
(c * 2).sum().backward(); print(c.grad)
hh.remove(); c.grad.zero_()
(c * 2).sum().backward(); print(c.grad)
print(type(hh).__name__, type(handle).__module__)
print(sorted(k for k in vars(lin) if k.startswith('_')))
