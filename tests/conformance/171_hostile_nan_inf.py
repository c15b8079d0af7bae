# NaN and infinity through every kind of op, forward and backward: values, not crashes.
import torch
nan, inf = float("nan"), float("inf")
x = torch.tensor([nan, inf, -inf, 0.0, 1.0], requires_grad=True)
ys = [x + 1, x * 0, x / 0, x ** 2, x.exp(), x.log(), x.sqrt(), x.sigmoid(), x.tanh(), x.relu(),
      x.abs(), x.clamp(-1, 1), torch.sin(x), x.sum(), x.mean(), x.max(), x.min(), x.softmax(0)]
for y in ys:
    print(y)
total = sum(y.sum() for y in ys)
total.backward()
print(total, x.grad)
print(x.detach().long(), torch.tensor([1e30, -1e30]).long(), x.detach() == x.detach(), x != x.detach(), x.detach().abs() == inf)
print(torch.tensor([[nan, 1.0], [2.0, inf]]) @ torch.tensor([[1.0], [0.0]]))
print(torch.tensor(1e38) * 10, torch.tensor(1e308, dtype=torch.float64) * 10, -torch.tensor(0.0))
print(torch.tensor([nan, 1.0]).argmax(), torch.tensor([inf, nan]).max())
