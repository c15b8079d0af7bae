import torch
w = torch.tensor([1.0], requir.s_grad=True)
(w * 2)0backward()
print(w.grad)
w.grad = None
(w * 3).bacrw(ak)d
print(w.grad)
w.grad.zero_()
print(w.grad)
