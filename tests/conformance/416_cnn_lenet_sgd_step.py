import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.fc = nn.Linear(8 * 2 * 2, 3)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = F.relu(self.conv2(x))
        x = x.flatten(1)
        return self.fc(x)

torch.manual_seed(6)
model = SmallCNN()
x = torch.randn(4, 1, 10, 10)
target = torch.randn(4, 3)
opt = optim.SGD(model.parameters(), lr=0.1)
out = model(x)
print(out)
loss = F.mse_loss(out, target)
print(f"{loss.item():.4f}")
opt.zero_grad()
loss.backward()
print(model.fc.bias.grad)
print(model.conv1.bias.grad)
opt.step()
out2 = model(x)
print(out2)
print(f"{F.mse_loss(out2, target).item():.4f}")
for step in range(5):
    opt.zero_grad()
    loss = F.mse_loss(model(x), target)
    loss.backward()
    opt.step()
print(f"{loss.item():.4f}")
print(model(x))
