# "Softmax regression from scratch": cross-entropy written with logsumexp, inputs standardised
# with batch statistics, top-1 / top-5 accuracy with topk, trained with a few hand-written SGD steps.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
n, d, k = 12, 4, 8
x_raw = torch.randn(n, d) * torch.tensor([1.0, 5.0, 0.5, 2.0]) + torch.tensor([0.0, 10.0, -1.0, 3.0])
y = torch.tensor([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3])

# standardise each feature over the batch dimension (keepdim so it broadcasts back)
mu = x_raw.mean(dim=0, keepdim=True)
sigma = x_raw.std(dim=0, keepdim=True)
x = (x_raw - mu) / sigma
print("mean", mu)
print("std ", sigma)
print("after:", x.mean(0).abs().amax() < 1e-6, (x.std(0, unbiased=True) - 1).abs().amax() < 1e-5)
v2, m2 = torch.var_mean(x, 0)
print("var_mean", v2.round(decimals=3), m2.abs().amax() < 1e-6, x.std(0, unbiased=False).round(decimals=3))

def cross_entropy(logits, target):
    onehot = (target.unsqueeze(1) == torch.arange(logits.shape[1])).float()
    picked = (logits * onehot).sum(dim=1)
    return (torch.logsumexp(logits, dim=1) - picked).mean()

def topk_accuracy(logits, target, k):
    top = logits.topk(k, dim=1).indices
    hit = (top == target.unsqueeze(1)).any(dim=1)
    return hit.float().mean().item()

W = (0.1 * torch.randn(d, k)).requires_grad_()
b = torch.zeros(k, requires_grad=True)
lr = 1.0
for step in range(8):
    logits = x @ W + b
    loss = cross_entropy(logits, y)
    W.grad = None
    b.grad = None
    loss.backward()
    print(f"step {step}: loss {loss.item():.4f} (F.cross_entropy {F.cross_entropy(logits, y).item():.4f})"
          f" top1 {topk_accuracy(logits, y, 1):.3f} top5 {topk_accuracy(logits, y, 5):.3f}"
          f" |dW|max {W.grad.abs().amax().item():.4f}")
    with torch.no_grad():
        W -= lr * W.grad
        b -= lr * b.grad

print(loss.grad_fn, loss.grad_fn.next_functions[0][0])
logits = (x @ W + b).detach()
print(logits.topk(3, dim=1).indices[:4])
print(torch.max(logits, 1).indices, y)
probs = torch.softmax(logits, 1)
print(probs.amax(1).mean(), probs.sum(1).sub(1).abs().amax() < 1e-6)
conf, pred = probs.max(dim=1)
print(pred.eq(y).sum().item(), "of", n, "correct; lowest confidence", conf.argmin().item())
