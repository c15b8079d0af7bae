# torch.nn, written in Python over the engine's ops, as PyTorch writes it.
from torch.nn.parameter import Parameter
from torch.nn.modules.module import Module
from torch.nn.modules.linear import Identity, Linear, Bilinear, LazyLinear
from torch.nn.modules.container import Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict
from torch.nn.modules.activation import (ReLU, Sigmoid, Tanh, Softmax, LogSoftmax, LeakyReLU, ELU, GELU,
                                         SiLU, Softplus, Hardtanh, ReLU6, SELU, CELU, Hardsigmoid, Hardswish, Mish,
                                         LogSigmoid, Softsign, Tanhshrink, Softshrink, Hardshrink, GLU, PReLU)
from torch.nn.modules.loss import (MSELoss, L1Loss, SmoothL1Loss, HuberLoss, CrossEntropyLoss, NLLLoss, BCELoss,
                                   BCEWithLogitsLoss, KLDivLoss)
from torch.nn.modules.flatten import Flatten, Unflatten
from torch.nn.modules.sparse import Embedding
from torch.nn.modules.normalization import LayerNorm
from torch.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d
from torch.nn.modules.conv import Conv1d, Conv2d
from torch.nn.modules.pooling import (MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, MaxPool1d, AvgPool1d,
                                      AdaptiveAvgPool1d)
from torch.nn.modules.padding import ConstantPad1d, ConstantPad2d, ZeroPad2d
from torch.nn.modules.rnn import RNN, LSTM, GRU, RNNCell, LSTMCell, GRUCell
from torch.nn.modules.dropout import Dropout
from torch.nn import functional
from torch.nn import init
from torch.nn import utils
