import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], requires_grad=True)
softmax = nn.Softmax(dim=1)
log_softmax = nn.LogSoftmax(dim=1)
print(softmax)
print(log_softmax)
p = softmax(logits)
print(p)
print(p.sum(dim=1))
lp = log_softmax(logits)
print(lp)
print(torch.allclose(lp.exp(), p))
(p[:, 0]).sum().backward()
print(logits.grad)
logits.grad = None
lp[0, 2].backward()
print(logits.grad)
print(nn.Softmax(dim=0)(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
