# RNN, LSTM, GRU and their cells, written with the engine's ops (PyTorch runs fused kernels, so
# results agree to print precision, not always in the last bit; grad_fns are those of the ops).
import math
import torch
from torch.nn.parameter import Parameter
from torch.nn import init
from torch.nn.modules.module import Module

_GATES = {'RNN_TANH': 1, 'RNN_RELU': 1, 'LSTM': 4, 'GRU': 3}


def _cell(mode, x, h, c, w_ih, w_hh, b_ih, b_hh):
    gates_x = x @ w_ih.t()
    gates_h = h @ w_hh.t()
    if b_ih is not None:
        gates_x = gates_x + b_ih
        gates_h = gates_h + b_hh
    n = h.shape[-1]
    if mode == 'RNN_TANH':
        return torch.tanh(gates_x + gates_h), None
    if mode == 'RNN_RELU':
        return torch.relu(gates_x + gates_h), None
    if mode == 'LSTM':
        gates = gates_x + gates_h
        i = torch.sigmoid(gates[..., 0:n])
        f = torch.sigmoid(gates[..., n:2 * n])
        g = torch.tanh(gates[..., 2 * n:3 * n])
        o = torch.sigmoid(gates[..., 3 * n:4 * n])
        c_next = f * c + i * g
        return o * torch.tanh(c_next), c_next
    r = torch.sigmoid(gates_x[..., 0:n] + gates_h[..., 0:n])
    z = torch.sigmoid(gates_x[..., n:2 * n] + gates_h[..., n:2 * n])
    candidate = torch.tanh(gates_x[..., 2 * n:3 * n] + r * gates_h[..., 2 * n:3 * n])
    return (1 - z) * candidate + z * h, None


class RNNBase(Module):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.,
                 bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        if bidirectional:
            raise NotImplementedError("bidirectional recurrent layers are not supported by the playground yet")
        if proj_size:
            raise NotImplementedError("proj_size is not supported by the playground yet")
        if dropout and num_layers == 1:
            import warnings
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          "expects num_layers greater than 1, but got dropout={} and num_layers={}".format(dropout, num_layers))
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        gate_size = _GATES[mode] * hidden_size
        self._flat_weights_names = []
        for layer in range(num_layers):
            layer_input = input_size if layer == 0 else hidden_size
            names = ['weight_ih_l{}', 'weight_hh_l{}'] + (['bias_ih_l{}', 'bias_hh_l{}'] if bias else [])
            shapes = [(gate_size, layer_input), (gate_size, hidden_size), (gate_size,), (gate_size,)]
            for name, shape in zip(names, shapes):
                setattr(self, name.format(layer), Parameter(torch.empty(shape, dtype=dtype)))
                self._flat_weights_names.append(name.format(layer))
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _weights(self, layer):
        w_ih = getattr(self, 'weight_ih_l{}'.format(layer))
        w_hh = getattr(self, 'weight_hh_l{}'.format(layer))
        if self.bias:
            return w_ih, w_hh, getattr(self, 'bias_ih_l{}'.format(layer)), getattr(self, 'bias_hh_l{}'.format(layer))
        return w_ih, w_hh, None, None

    def forward(self, input, hx=None):
        batched = input.dim() == 3
        if not batched:
            if input.dim() != 2:
                raise ValueError("{}: Expected input to be 2-D or 3-D but received {}-D tensor".format(
                    type(self).__name__, input.dim()))
            input = input.unsqueeze(1)
        elif self.batch_first:
            input = input.transpose(0, 1)
        seq_len, batch = input.shape[0], input.shape[1]
        if input.shape[2] != self.input_size:
            raise RuntimeError("input.size(-1) must be equal to input_size. Expected {}, got {}".format(
                self.input_size, input.shape[2]))
        is_lstm = self.mode == 'LSTM'
        if hx is None:
            zeros = torch.zeros(self.num_layers, batch, self.hidden_size, dtype=input.dtype)
            h0, c0 = zeros, (zeros if is_lstm else None)
        elif is_lstm:
            h0, c0 = hx
            if not batched:
                h0, c0 = h0.unsqueeze(1), c0.unsqueeze(1)
        else:
            h0, c0 = hx, None
            if not batched:
                h0 = h0.unsqueeze(1)
        layer_input = input
        h_last, c_last = [], []
        for layer in range(self.num_layers):
            w_ih, w_hh, b_ih, b_hh = self._weights(layer)
            h = h0[layer]
            c = c0[layer] if is_lstm else None
            outputs = []
            for t in range(seq_len):
                h, c_new = _cell(self.mode, layer_input[t], h, c, w_ih, w_hh, b_ih, b_hh)
                if is_lstm:
                    c = c_new
                outputs.append(h)
            layer_input = torch.stack(outputs, 0)
            if self.dropout and self.training and layer < self.num_layers - 1:
                layer_input = torch.nn.functional.dropout(layer_input, self.dropout, True)
            h_last.append(h)
            if is_lstm:
                c_last.append(c)
        output = layer_input
        h_n = torch.stack(h_last, 0)
        c_n = torch.stack(c_last, 0) if is_lstm else None
        if not batched:
            output = output.squeeze(1)
            h_n = h_n.squeeze(1)
            c_n = c_n.squeeze(1) if is_lstm else None
        elif self.batch_first:
            output = output.transpose(0, 1)
        return (output, (h_n, c_n)) if is_lstm else (output, h_n)

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'.format(input_size=self.input_size, hidden_size=self.hidden_size)
        if self.num_layers != 1:
            s += ', num_layers={}'.format(self.num_layers)
        if self.bias is not True:
            s += ', bias={}'.format(self.bias)
        if self.batch_first is not False:
            s += ', batch_first={}'.format(self.batch_first)
        if self.dropout != 0:
            s += ', dropout={}'.format(self.dropout)
        if self.bidirectional is not False:
            s += ', bidirectional={}'.format(self.bidirectional)
        return s


class RNN(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False,
                 dropout=0., bidirectional=False, device=None, dtype=None):
        if nonlinearity not in ('tanh', 'relu'):
            raise ValueError("Unknown nonlinearity '{}'".format(nonlinearity))
        self.nonlinearity = nonlinearity
        super().__init__('RNN_TANH' if nonlinearity == 'tanh' else 'RNN_RELU', input_size, hidden_size, num_layers,
                         bias, batch_first, dropout, bidirectional, 0, device, dtype)


class LSTM(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.,
                 bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__('LSTM', input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         proj_size, device, dtype)


class GRU(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.,
                 bidirectional=False, device=None, dtype=None):
        super().__init__('GRU', input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0,
                         device, dtype)


class RNNCellBase(Module):
    def __init__(self, mode, input_size, hidden_size, bias, dtype):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        gate_size = _GATES[mode] * hidden_size
        self.weight_ih = Parameter(torch.empty((gate_size, input_size), dtype=dtype))
        self.weight_hh = Parameter(torch.empty((gate_size, hidden_size), dtype=dtype))
        if bias:
            self.bias_ih = Parameter(torch.empty(gate_size, dtype=dtype))
            self.bias_hh = Parameter(torch.empty(gate_size, dtype=dtype))
        else:
            self.register_parameter('bias_ih', None)
            self.register_parameter('bias_hh', None)
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'.format(input_size=self.input_size, hidden_size=self.hidden_size)
        if self.bias is not True:
            s += ', bias={}'.format(self.bias)
        if getattr(self, 'nonlinearity', 'tanh') != 'tanh':
            s += ', nonlinearity={}'.format(self.nonlinearity)
        return s

    def _step(self, input, hx, cx):
        batched = input.dim() == 2
        if not batched:
            input = input.unsqueeze(0)
        if hx is None:
            hx = torch.zeros(input.shape[0], self.hidden_size, dtype=input.dtype)
        elif not batched:
            hx = hx.unsqueeze(0)
        if self.mode == 'LSTM':
            if cx is None:
                cx = torch.zeros(input.shape[0], self.hidden_size, dtype=input.dtype)
            elif not batched:
                cx = cx.unsqueeze(0)
        h, c = _cell(self.mode, input, hx, cx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)
        if not batched:
            h = h.squeeze(0)
            c = c.squeeze(0) if c is not None else None
        return h, c


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None):
        self.nonlinearity = nonlinearity
        super().__init__('RNN_TANH' if nonlinearity == 'tanh' else 'RNN_RELU', input_size, hidden_size, bias, dtype)

    def forward(self, input, hx=None):
        return self._step(input, hx, None)[0]


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__('LSTM', input_size, hidden_size, bias, dtype)

    def forward(self, input, hx=None):
        h0, c0 = (None, None) if hx is None else hx
        return self._step(input, h0, c0)


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__('GRU', input_size, hidden_size, bias, dtype)

    def forward(self, input, hx=None):
        return self._step(input, hx, None)[0]
