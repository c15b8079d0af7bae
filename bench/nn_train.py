# The nn-train benchmark cell: a small MLP classifier trained with nn.Sequential,
# CrossEntropyLoss and SGD with momentum. Run by us (native and wasm) and by PyTorch; everything
# after the marker line is timed, the setup above it is not.
import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(0)
x = torch.randn(64, 20)
y = torch.randint(0, 4, (64,))
model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 4))
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
# --- timed loop ---
for step in range(1000):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
final_loss = loss.item()
