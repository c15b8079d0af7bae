import torch
a = b = torch.zeros(2)
a += 1
print(a, b)
x = y = 0
x += 1
print(x, y)
