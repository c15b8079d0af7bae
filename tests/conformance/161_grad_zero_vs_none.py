import torch
w = torch.tensor([1.0], requires_grad=True)
(w * 2).backward()
print(w.grad)
w.grad = None
(w * 3).backward()
print(w.grad)
w.grad.zero_()
print(w.grad)
