import torch
import torch.nn as nn

class Normalizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([1.0, 2.0]))
        self.register_buffer("std", torch.tensor([0.5, 4.0]))
        self.register_buffer("tmp", torch.zeros(1), persistent=False)
        self.scale = nn.Parameter(torch.ones(2))

    def forward(self, x):
        return (x - self.mean) / self.std * self.scale

m = Normalizer()
print(m(torch.tensor([[2.0, 6.0]])))
print(list(m.buffers()))
for name, b in m.named_buffers():
    print(name, b)
print([n for n, _ in m.named_parameters()])
print(list(m.state_dict().keys()))
print(m.mean.requires_grad)
m.double()
print(m.mean.dtype, m.scale.dtype)
