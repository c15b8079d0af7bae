import torch
import torch.nn as nn

pred = torch.tensor([[0.5, 1.5], [2.0, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 1.0], [2.5, 0.0]])
for reduction in ["mean", "sum", "none"]:
    mse = nn.MSELoss(reduction=reduction)
    l1 = nn.L1Loss(reduction=reduction)
    print(mse, l1)
    print(reduction, mse(pred, target), l1(pred, target))
loss = nn.MSELoss()(pred, target)
print(loss.item())
print(type(loss.grad_fn).__name__)
loss.backward()
print(pred.grad)
pred.grad = None
l1 = nn.L1Loss()(pred, target)
print(type(l1.grad_fn).__name__)
l1.backward()
print(pred.grad)
