import torch
x = torch.tensor([[1, 2], [3, 4]])
for row in x:
    print(row)
for v in torch.tensor([0.5, 1.5]):
    print(v, v.item())
print(len(x), list(torch.arange(3)))
