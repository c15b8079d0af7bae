import torch
from torch.autograd import Variable
v = Variable(torch.ones(2), requires_grad=True)
print(v, type(v).__name__, v.requires_grad)
w = Variable(torch.ones(2))
print(w.requires_grad)
