# Gated and parametric activations, as language-model and image-classifier posts use them:
# GLU halves a dimension into values and gates, PReLU learns its negative slope.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 6, requires_grad=True)
g = F.glu(x)
print(g, type(g.grad_fn).__name__)
g.sum().backward()
print(x.grad)
x.grad = None
print(F.glu(x, dim=0), nn.GLU(), nn.GLU(dim=0))

# A gated convolution block.
conv = nn.Conv1d(4, 8, kernel_size=3, padding=1)
seq = torch.randn(1, 4, 5)
h = nn.GLU(dim=1)(conv(seq))
print(h.shape)
h.pow(2).mean().backward()
print(conv.bias.grad)

# PReLU: one slope, or one per channel, trained with the rest of the model.
act = nn.PReLU()
print(act, act.weight)
y = act(torch.linspace(-2, 2, 5, requires_grad=True))
print(y, type(y.grad_fn).__name__)
y.sum().backward()
print(act.weight.grad)

model = nn.Sequential(nn.Conv2d(1, 3, 3), nn.PReLU(3, init=0.1), nn.Flatten(), nn.Linear(12, 2))
print(model)
images = torch.randn(4, 1, 4, 4)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(4):
    opt.zero_grad()
    loss = F.cross_entropy(model(images), torch.tensor([0, 1, 0, 1]))
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), model[1].weight.data)
print(F.prelu(torch.tensor([[-1.0, 2.0], [-3.0, -4.0]]), torch.tensor([0.5, 0.25])))

for bad in (lambda: F.glu(torch.randn(2, 3)), lambda: F.glu(torch.tensor(1.0)),
            lambda: F.prelu(torch.randn(2, 3), torch.ones(2)), lambda: F.prelu(torch.randn(2, 3), torch.ones(1, 3)),
            lambda: F.glu(torch.randn(2, 4), 2)):
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
