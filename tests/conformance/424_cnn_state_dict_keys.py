import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 4, 3),
            nn.BatchNorm2d(4),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.head = nn.Conv2d(4, 2, 1, bias=False)
        self.classifier = nn.Linear(2, 3)

    def forward(self, x):
        x = self.head(self.features(x))
        return self.classifier(x.mean(dim=(2, 3)))

torch.manual_seed(12)
net = Net()
sd = net.state_dict()
for k, v in sd.items():
    print(k, tuple(v.shape))
print(len(sd))
print(type(sd).__name__)
torch.manual_seed(99)
other = Net()
print(torch.equal(other.head.weight, net.head.weight))
result = other.load_state_dict(sd)
print(result)
print(torch.equal(other.head.weight, net.head.weight))
x = torch.randn(2, 1, 8, 8)
net.eval()
other.eval()
print(torch.equal(net(x), other(x)))
print([n for n, _ in net.named_buffers()])
