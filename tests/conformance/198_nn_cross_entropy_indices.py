import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.0]], requires_grad=True)
target = torch.tensor([0, 2, 1])
criterion = nn.CrossEntropyLoss()
print(criterion)
loss = criterion(logits, target)
print(loss)
print(loss.item())
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(reduction='none')(logits, target))
print(nn.CrossEntropyLoss(reduction='sum')(logits, target))
print(F.cross_entropy(logits, target))
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.0, 1.0], [0.1, 0.8, 0.1]])
print(F.cross_entropy(logits, probs))
