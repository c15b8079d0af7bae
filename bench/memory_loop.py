# The memory benchmark cell: the nn-train model (an MLP 20 -> 32 -> 32 -> 4, CrossEntropyLoss,
# SGD with momentum) trained by a function the harness calls twice, train(500) and then
# train(4500), reading the process's memory after each: flat means nothing is kept per step.
import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
x = torch.randn(64, 20)
y = torch.randint(0, 4, (64,))
model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 4))
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)


def train(steps):
    for step in range(steps):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
    return loss.item()
