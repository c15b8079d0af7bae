# Parameter is native: a leaf tensor whose class is torch.nn.parameter.Parameter.
from torch._C._nn import Parameter
