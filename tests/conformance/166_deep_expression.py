import torch
x = torch.tensor(1.0, requires_grad=True)
y = x
for _ in range(200):
    y = y * 1.01 + 0.001
y.backward()
print(y, x.grad)
total = 0
for i in range(1000):
    total += i
print(total)
