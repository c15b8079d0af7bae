import torch
w = torch.tensor([2.0], requires_grad=True)
for i in range(3):
    loss = (w * w).sum()
    loss.backward()
    print(i, w.grad.item())
    w.grad.zero_()
