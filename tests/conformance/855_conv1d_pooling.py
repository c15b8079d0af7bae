# A 1-D CNN over short signals, as sequence and audio tutorials write it: Conv1d, MaxPool1d,
# AvgPool1d, AdaptiveAvgPool1d, and the functional forms with their shapes and grad_fn.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
signal = torch.randn(2, 3, 12, requires_grad=True)

print(F.max_pool1d(signal, 2))
print(F.max_pool1d(signal, 3, stride=2, padding=1).shape, F.max_pool1d(signal, 3, 1, 0, 2).shape)
print(F.max_pool1d(signal, 5, ceil_mode=True).shape, F.max_pool1d(signal[0], 4).shape)
print(F.avg_pool1d(signal, 3))
print(F.avg_pool1d(signal, 4, stride=2, padding=2).shape, F.avg_pool1d(signal, 4, 2, 2, count_include_pad=False)[0, 0])
print(F.avg_pool1d(signal, 5, ceil_mode=True).shape)
print(F.adaptive_avg_pool1d(signal, 5))
print(F.adaptive_avg_pool1d(signal, 1).shape)
for y in (F.max_pool1d(signal, 2), F.avg_pool1d(signal, 3), F.adaptive_avg_pool1d(signal, 4)):
    print(type(y.grad_fn).__name__, y.grad_fn.next_functions[0][0].name())
    y.sum().backward()
    print(signal.grad[0, 0])
    signal.grad = None

print(nn.MaxPool1d(2), nn.MaxPool1d(3, stride=1, padding=1), nn.AvgPool1d(3), nn.AvgPool1d(4, 2, 1),
      nn.AdaptiveAvgPool1d(8), sep='\n')
print(isinstance(nn.MaxPool1d(2), nn.MaxPool2d), isinstance(nn.AdaptiveAvgPool1d(2), nn.AdaptiveAvgPool2d))


class SignalNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(8, 8, kernel_size=3, padding=1), nn.ReLU(), nn.AvgPool1d(2),
            nn.AdaptiveAvgPool1d(1))
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.features(x).flatten(1))


net = SignalNet()
print(net)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x = torch.randn(4, 3, 16)
labels = torch.tensor([0, 1, 1, 0])
for step in range(5):
    opt.zero_grad()
    loss = F.cross_entropy(net(x), labels)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(net.features[0].weight.grad[0])

for bad in (lambda: F.max_pool1d(torch.randn(12), 2), lambda: F.avg_pool1d(torch.randn(12), 2),
            lambda: F.max_pool1d(torch.randn(1, 2, 3, 4), 2)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
