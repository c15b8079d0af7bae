# F.one_hot: labels to one-hot vectors, with and without num_classes.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1, 2])
oh = F.one_hot(labels)
print(oh, oh.dtype, oh.shape)
print(F.one_hot(labels, num_classes=5))
print(F.one_hot(labels, 4).float())
print(F.one_hot(torch.tensor([[0, 1], [3, 0]])).shape)
print(F.one_hot(torch.tensor([[0, 1], [3, 0]]), num_classes=4)[1])
print(F.one_hot(torch.tensor(3), 5), F.one_hot(torch.tensor([1]), -1))
print(torch.nn.functional.one_hot(torch.arange(3)).sum(0))

# one-hot targets make a cross-entropy by hand
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]], requires_grad=True)
target = torch.tensor([0, 2])
t = F.one_hot(target, num_classes=3).to(logits.dtype)
loss = -(t * torch.log_softmax(logits, dim=1)).sum(1).mean()
loss.backward()
print(round(loss.item(), 4), F.cross_entropy(logits.detach(), target).allclose(loss.detach()))
print(logits.grad)

# back from one-hot to labels
print(oh.argmax(dim=1), (oh * torch.arange(3)).sum(1))
print(F.one_hot(torch.tensor([], dtype=torch.long), 3).shape)
