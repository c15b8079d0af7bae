import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, x[0] + x[2]])
rows = []
for i in range(3):
    seed = torch.zeros(3)
    seed[i] = 1.0
    y.backward(seed, retain_graph=True)
    rows.append(x.grad.clone())
    x.grad.zero_()
J = torch.stack(rows)
print(J)
