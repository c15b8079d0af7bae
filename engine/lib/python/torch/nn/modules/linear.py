import math
import warnings
import torch
from torch.nn.parameter import Parameter
from torch.nn import functional as F
from torch.nn import init
from torch.nn.modules.module import Module


class Identity(Module):
    def __init__(self, *args, **kwargs):
        super().__init__()

    def forward(self, input):
        return input


class Linear(Module):
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(torch.empty((out_features, in_features), dtype=dtype))
        if bias:
            self.bias = Parameter(torch.empty(out_features, dtype=dtype))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        # kaiming_uniform_ with a = sqrt(5): U(-1/sqrt(in_features), 1/sqrt(in_features)).
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input):
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self):
        return 'in_features={}, out_features={}, bias={}'.format(self.in_features, self.out_features,
                                                                 self.bias is not None)


class Bilinear(Module):
    def __init__(self, in1_features, in2_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in1_features = in1_features
        self.in2_features = in2_features
        self.out_features = out_features
        self.weight = Parameter(torch.empty((out_features, in1_features, in2_features), dtype=dtype))
        if bias:
            self.bias = Parameter(torch.empty(out_features, dtype=dtype))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        bound = 1 / math.sqrt(self.weight.size(1))
        init.uniform_(self.weight, -bound, bound)
        if self.bias is not None:
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input1, input2):
        return F.bilinear(input1, input2, self.weight, self.bias)

    def extra_repr(self):
        return 'in1_features={}, in2_features={}, out_features={}, bias={}'.format(
            self.in1_features, self.in2_features, self.out_features, self.bias is not None)


class LazyLinear(Linear):
    # in_features is taken from the first input; the parameters are drawn then (as PyTorch does).
    def __init__(self, out_features, bias=True, device=None, dtype=None):
        warnings.warn('Lazy modules are a new feature under heavy development so changes to the API or '
                      'functionality can happen at any moment.')
        Module.__init__(self)
        self.in_features = 0
        self.out_features = out_features
        self._lazy_bias = bias
        self._lazy_dtype = dtype
        self.weight = Parameter(torch.empty(0))
        if bias:
            self.bias = Parameter(torch.empty(0))
        else:
            self.register_parameter('bias', None)

    def forward(self, input):
        if self.in_features == 0:
            self.in_features = input.shape[-1]
            with torch.no_grad():
                self.weight = Parameter(torch.empty((self.out_features, self.in_features), dtype=self._lazy_dtype))
                if self._lazy_bias:
                    self.bias = Parameter(torch.empty(self.out_features, dtype=self._lazy_dtype))
            self.reset_parameters()
            self.__class__ = Linear
        return F.linear(input, self.weight, self.bias)
