import torch
x = torch.zeros(5)
x[1:3] = 1.0
x[3:] = torch.tensor([7.0, 8.0])
print(x)
m = torch.zeros(2, 3)
m[:, 1] = torch.tensor([4.0, 5.0])
print(m)
