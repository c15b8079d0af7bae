import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 2.0, 0.5], [0.3, -0.2, 1.5], [2.5, 0.0, 0.1], [0.0, 0.0, 0.0]], requires_grad=True)
target = torch.tensor([1, 2, 0, 1])
ls = nn.CrossEntropyLoss(label_smoothing=0.1)
print(ls)
loss = ls(logits, target)
print(loss.item())
loss.backward()
print(logits.grad)
w = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))
print(w(logits, target).item())
ig = nn.CrossEntropyLoss(ignore_index=1)
print(ig(logits, target).item())
print(nn.CrossEntropyLoss(ignore_index=1, reduction='none')(logits, target))
print(nn.CrossEntropyLoss(ignore_index=-100)(logits, torch.tensor([1, -100, 0, -100])).item())
