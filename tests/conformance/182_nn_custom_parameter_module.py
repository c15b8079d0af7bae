import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.alpha = nn.Parameter(torch.ones(n))
        self.beta = nn.Parameter(torch.zeros(n))
        self.not_a_param = torch.ones(n)

    def forward(self, x):
        return x * self.alpha + self.beta

m = Scale(3)
print(m)
for name, p in m.named_parameters():
    print(name, p)
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
out = m(x)
print(out)
out.sum().backward()
print(m.alpha.grad)
print(m.beta.grad)
print(list(m.state_dict().keys()))
m.gamma = nn.Parameter(torch.tensor(0.5))
print([n for n, _ in m.named_parameters()])
