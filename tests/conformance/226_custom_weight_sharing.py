import torch
import torch.nn as nn

class Shared(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(torch.tanh(self.fc(x)))

torch.manual_seed(0)
m = Shared()
x = torch.tensor([[1.0, -1.0]])
out = m(x)
print(out)
out.sum().backward()
print(m.fc.weight.grad)
print(m.fc.bias.grad)
shared = nn.Linear(3, 3)
seq = nn.Sequential(shared, nn.ReLU(), shared)
print(seq)
print(len(list(seq.parameters())))
print([n for n, _ in seq.named_parameters()])
print(list(seq.state_dict().keys()))
