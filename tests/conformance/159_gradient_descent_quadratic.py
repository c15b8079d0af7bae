import torch
x = torch.tensor([3.0, -2.0], requires_grad=True)
for i in range(5):
    f = (x ** 2).sum()
    f.backward()
    print(i, f.item(), x.grad.tolist())
    x.data -= 0.25 * x.grad.data
    x.grad.data.zero_()
