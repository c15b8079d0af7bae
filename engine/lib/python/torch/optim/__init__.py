# torch.optim, in Python as PyTorch writes it: the single-tensor (foreach=False) updates, in
# PyTorch's order of operations, so a training loop prints PyTorch's digits.
from torch.optim.optimizer import Optimizer
from torch.optim.sgd import SGD
from torch.optim.adam import Adam, AdamW
from torch.optim import lr_scheduler
from torch.optim.rmsprop import RMSprop
from torch.optim.adagrad import Adagrad
