import torch
x = torch.tensor(3.0, requires_grad=True)
y = x
steps = 0
while y < 100:
    y = y * 2
    steps += 1
y.backward()
print(steps, y, x.grad)
if x.grad > 10:
    print("large gradient")
else:
    print("small gradient")
