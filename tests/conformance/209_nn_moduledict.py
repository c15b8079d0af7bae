import torch
import torch.nn as nn

class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(4, 8)
        self.heads = nn.ModuleDict({
            "cls": nn.Linear(8, 3),
            "reg": nn.Linear(8, 1),
        })

    def forward(self, x, head):
        return self.heads[head](torch.relu(self.trunk(x)))

torch.manual_seed(0)
m = MultiHead()
print(m)
x = torch.randn(2, 4)
print(m(x, "cls"))
print(m(x, "reg"))
print(list(m.heads.keys()))
for name, layer in m.heads.items():
    print(name, layer.out_features)
print("cls" in m.heads, len(m.heads))
print([n for n, _ in m.named_parameters()])
