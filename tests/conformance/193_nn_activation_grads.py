import torch
import torch.nn as nn

acts = [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.LeakyReLU(0.1), nn.ELU(alpha=0.5), nn.GELU(), nn.SiLU(), nn.Softplus(beta=2.0)]
for act in acts:
    x = torch.tensor([-1.5, -0.2, 0.3, 1.0], requires_grad=True)
    y = act(x)
    y.sum().backward()
    print(type(act).__name__, y.grad_fn.name())
    print(x.grad)
