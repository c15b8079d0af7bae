import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(5)
x = torch.randn(20, 3)
y = x @ torch.tensor([[0.3], [-0.7], [1.1]])
model = nn.Linear(3, 1)
optimizer = optim.AdamW(model.parameters(), lr=0.05, weight_decay=0.1)
for step in range(20):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    if step % 4 == 0:
        print(step, loss.item())
print(model.weight)
print(optimizer.param_groups[0]['weight_decay'], optimizer.param_groups[0]['betas'])
print(optimizer)
