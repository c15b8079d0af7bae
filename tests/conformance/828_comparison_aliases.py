# The long-name comparison aliases (NumPy spellings) as they appear in evaluation code:
# accuracy, thresholding, masks feeding a loss. Function, method and in-place forms.
import torch

logits = torch.tensor([[2.0, -1.0, 0.5], [0.1, 0.3, -0.2], [1.0, 1.0, 3.0], [-0.5, 0.0, -2.0]])
labels = torch.tensor([0, 1, 2, 0])
pred = logits.argmax(dim=1)
print(pred, torch.not_equal(pred, labels), torch.not_equal(pred, labels).sum().item())
print("accuracy", torch.eq(pred, labels).float().mean().item(), (~torch.not_equal(pred, labels)).sum().item())

probs = torch.sigmoid(logits[:, 0])
print(torch.greater(probs, 0.5), torch.greater_equal(probs, 0.5), torch.less(probs, 0.5), torch.less_equal(probs, 0.5))

x = torch.tensor([1.0, 2.0, 3.0, 2.0])
y = torch.tensor([3.0, 2.0, 1.0, 2.5])
print(torch.not_equal(x, y), torch.greater(x, y), torch.greater_equal(x, y), torch.less(x, y), torch.less_equal(x, y))
print(x.not_equal(y), x.greater(2.0), x.greater_equal(2), x.less(y), x.less_equal(torch.tensor(2.0)))
print(torch.greater(x, torch.tensor([[1.5], [2.5]])), torch.less_equal(torch.tensor([1, 2, 3]), 2.5))
print(torch.greater(torch.tensor([True, False]), torch.tensor([False, False])), torch.not_equal(torch.tensor([1, 2]), torch.tensor([1.0, 2.5])))
print(torch.less(torch.tensor([float("nan"), 1.0]), 2.0), torch.not_equal(torch.tensor([float("nan")]), torch.tensor([float("nan")])))

# in-place forms write 0/1 into the input's own dtype
z = x.clone(); z.greater_(y); print(z)
z = x.clone(); z.less_equal_(2.0); print(z)
z = x.clone(); z.not_equal_(torch.tensor(2.0)); print(z)
z = x.clone(); z.greater_equal_(y); print(z)
z = x.clone(); z.less_(torch.tensor([2.0, 2.0, 2.0, 2.0])); print(z)
zi = torch.tensor([3, 1, 2]); zi.greater_(1); print(zi)

# a hinge-style loss that only counts violations, masks built with the aliases
w = torch.tensor([0.5, -0.25], requires_grad=True)
feats = torch.tensor([[1.0, 2.0], [2.0, -1.0], [-1.0, 0.5]])
target = torch.tensor([1.0, -1.0, 1.0])
margin = target * (feats @ w)
active = torch.less(margin, 1.0)
print(margin, active, active.dtype, active.requires_grad)
loss = ((1 - margin) * active).sum()
loss.backward()
print(loss.item(), w.grad)
print(torch.where(torch.greater_equal(margin, 0.0), margin, torch.zeros(3)).grad_fn.name())
