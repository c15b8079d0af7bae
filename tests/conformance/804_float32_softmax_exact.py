# float32 softmax, log_softmax and cross_entropy at full precision, along the last dim (ATen's
# lane-wise reductions and SLEEF's exp/log) and along other dims (sequential sums; the inner
# positions past the last group of 8 take the C library's exp), rows of many lengths.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def digest(t):
    return [t.sum().item(), t.flatten()[:4].tolist(), t.flatten()[-3:].tolist(), (t * t).sum().item()]


for n in [1, 2, 5, 7, 8, 9, 15, 16, 17, 31, 64, 100, 1000]:
    x = torch.randn(3, n) * 4
    print(n, digest(F.softmax(x, dim=1)), digest(F.log_softmax(x, dim=-1)))

for shape, dim in [((4, 10, 3), 1), ((2, 6, 12), 1), ((5, 9), 0), ((2, 3, 4, 11), 2), ((17, 20), 0)]:
    x = torch.randn(*shape) * 3
    print(shape, dim, digest(torch.softmax(x, dim)), digest(torch.log_softmax(x, dim)))

logits = torch.randn(64, 10, requires_grad=True)
target = torch.randint(0, 10, (64,))
loss = F.cross_entropy(logits, target)
loss.backward()
print(loss.item(), digest(logits.grad))
print(F.softmax(torch.tensor([[1e4, -1e4, 0.0, float("inf")], [float("-inf"), 0.0, 1.0, 2.0]]), dim=1).tolist())
