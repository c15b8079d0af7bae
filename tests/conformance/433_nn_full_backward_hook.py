import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
def hook(module, grad_input, grad_output):
    print(type(module).__name__, [None if g is None else tuple(g.shape) for g in grad_input],
          [tuple(g.shape) for g in grad_output])
    print(grad_output[0])
hs = [m.register_full_backward_hook(hook) for m in model]
x = torch.randn(5, 3)
out = model(x)
print(out.grad_fn.name())
out.sum().backward()
print(model[0].weight.grad)
def scale(module, gi, go):
    return (gi[0] * 0,)
for h in hs: h.remove()
model.zero_grad()
model[2].register_full_backward_hook(scale)
model(x).sum().backward()
print(model[0].weight.grad)
