import torch
x = torch.tensor([1.0, 2.0])
y = x
y += 1
print(x, y is x)
n = 5
n += 2
n *= 3
n -= 1
n /= 4
print(n)
lst = [1]
lst += [2, 3]
print(lst)
