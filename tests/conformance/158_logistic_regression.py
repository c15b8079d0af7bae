import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(30, 2)
labels = (x[:, 0] + x[:, 1] > 0).long()
W = torch.zeros(2, 2, requires_grad=True)
for step in range(100):
    logits = x @ W
    loss = F.cross_entropy(logits, labels)
    loss.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
        W.grad.zero_()
acc = (logits.argmax(dim=1) == labels).float().mean()
print(round(loss.item(), 4), acc.item())
