import torch
import torch.nn as nn

pred = torch.tensor([0.0, 0.5, 2.0, -3.0], requires_grad=True)
target = torch.tensor([0.2, 0.0, 0.0, 0.0])
smooth = nn.SmoothL1Loss()
huber = nn.HuberLoss(delta=2.0)
print(smooth)
print(huber)
print(smooth(pred, target))
print(nn.SmoothL1Loss(beta=0.5)(pred, target))
print(huber(pred, target))
print(nn.HuberLoss(reduction='none')(pred, target))
loss = smooth(pred, target)
loss.backward()
print(type(loss.grad_fn).__name__)
print(pred.grad)
pred.grad = None
loss = huber(pred, target)
loss.backward()
print(type(loss.grad_fn).__name__)
print(pred.grad)
