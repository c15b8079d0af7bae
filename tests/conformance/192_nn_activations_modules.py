import torch
import torch.nn as nn

x = torch.tensor([[-2.0, -0.5, 0.0, 0.5, 2.0]])
acts = [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.LeakyReLU(0.1), nn.ELU(), nn.GELU(), nn.SiLU(), nn.Softplus()]
for act in acts:
    print(act)
    print(act(x))
