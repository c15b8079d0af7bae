import torch
x = torch.tensor([1.0, -1.0, 2.0])
print(x > 0, x == 2, (x > 0).sum(), (x > 0).float())
print(torch.tensor([[True], [False]]))
