# torch.nn.Module: parameters, buffers and submodules in three ordered dicts filled by
# __setattr__, found again by __getattr__; hooks in ordered dicts keyed by handle id.
from collections import OrderedDict
import torch
import warnings
from torch.nn.parameter import Parameter
from torch._C._nn import _own_attr
from torch.utils.hooks import RemovableHandle


def _module_hook(hook, module):
    # A grad_fn hook calling a module's deprecated backward hook as hook(module, grad_input, grad_output).
    def call(grad_input, grad_output):
        return hook(module, grad_input, grad_output)
    return call


class _IncompatibleKeys:
    def __init__(self, missing_keys, unexpected_keys):
        self.missing_keys = missing_keys
        self.unexpected_keys = unexpected_keys

    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return '<All keys matched successfully>'
        return '_IncompatibleKeys(missing_keys={}, unexpected_keys={})'.format(self.missing_keys, self.unexpected_keys)

    __str__ = __repr__


class BackwardHookFunction(torch.autograd.Function):
    # Identity whose backward hands the gradient to a callback (which may replace it): how
    # full backward hooks see a module's grad_output and grad_input, as in PyTorch.
    @staticmethod
    def forward(ctx, x, callback):
        ctx.callback = callback
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return ctx.callback(grad), None


class _BackwardHook:
    def __init__(self, module, user_hooks):
        self.module = module
        self.user_hooks = user_hooks
        self.grad_outputs = None
        self.n_inputs = 0
        self.input_index = None
        self.input_pending = {}
        self.output_pending = {}

    def setup_input(self, args):
        self.n_inputs = len(args)
        index = [i for i, a in enumerate(args) if isinstance(a, torch.Tensor) and a.requires_grad]
        if not index or not torch.is_grad_enabled():
            return args
        self.input_index = index
        wrapped = list(args)
        for i in index:
            wrapped[i] = BackwardHookFunction.apply(args[i], self._input_arrived(i))
        return tuple(wrapped)

    def _input_arrived(self, i):
        def arrived(grad):
            self.input_pending[i] = grad
            if len(self.input_pending) < len(self.input_index):
                return grad
            grads = tuple(self.input_pending.get(j) for j in range(self.n_inputs))
            self.input_pending = {}
            if self.grad_outputs is None:
                return grad
            for hook in self.user_hooks:
                out = hook(self.module, grads, self.grad_outputs)
                if out is None:
                    continue
                if len(out) != len(grads):
                    raise RuntimeError("Backward hook returned an invalid number of grad_input, got {}, but expected "
                                       "{}".format(len(out), len(grads)))
                grads = out
            self.grad_outputs = None
            return grads[i]
        return arrived

    def setup_output(self, result):
        single = not isinstance(result, tuple)
        outputs = (result,) if single else result
        index = [i for i, o in enumerate(outputs) if isinstance(o, torch.Tensor) and o.requires_grad]
        if not index or not torch.is_grad_enabled():
            return result
        self.n_outputs = len(outputs)
        wrapped = list(outputs)
        for i in index:
            wrapped[i] = BackwardHookFunction.apply(outputs[i], self._output_arrived(i, index))
        return wrapped[0] if single else tuple(wrapped)

    def _output_arrived(self, i, index):
        def arrived(grad):
            self.output_pending[i] = grad
            if len(self.output_pending) == len(index):
                self.grad_outputs = tuple(self.output_pending.get(j) for j in range(self.n_outputs))
                self.output_pending = {}
                if self.input_index is None:
                    # No input requires grad: the hooks run now, with None for every grad_input.
                    grads = (None,) * self.n_inputs
                    for hook in self.user_hooks:
                        res = hook(self.module, grads, self.grad_outputs)
                        if res is not None and not (isinstance(res, tuple) and all(el is None for el in res)):
                            raise RuntimeError("Backward hook for Modules where no input requires gradient should "
                                               "always return None or None for all gradients.")
                    self.grad_outputs = None
            return grad
        return arrived


def zero_grads(parameters, set_to_none=False):
    # Module.zero_grad and Optimizer.zero_grad (1.13: zeros by default, None on request).
    for p in parameters:
        if p.grad is not None:
            if set_to_none:
                p.grad = None
            else:
                if p.grad.grad_fn is not None:
                    p.grad.detach_()
                else:
                    p.grad.requires_grad_(False)
                p.grad.zero_()


def _addindent(text, spaces):
    lines = text.split('\n')
    if len(lines) == 1:
        return text
    return lines[0] + '\n' + '\n'.join([' ' * spaces + line for line in lines[1:]])


def _typename(value):
    if isinstance(value, torch.Tensor):
        return value.type()
    return type(value).__module__ + '.' + type(value).__name__ if type(value).__module__ != 'builtins' else type(value).__name__


class Module:
    training = True

    def __init__(self):
        # PyTorch 1.13's attributes in its order (vars(model) shows them).
        object.__setattr__(self, 'training', True)
        object.__setattr__(self, '_parameters', OrderedDict())
        object.__setattr__(self, '_buffers', OrderedDict())
        object.__setattr__(self, '_non_persistent_buffers_set', set())
        object.__setattr__(self, '_backward_hooks', OrderedDict())
        object.__setattr__(self, '_is_full_backward_hook', None)
        object.__setattr__(self, '_forward_hooks', OrderedDict())
        object.__setattr__(self, '_forward_pre_hooks', OrderedDict())
        object.__setattr__(self, '_state_dict_hooks', OrderedDict())
        object.__setattr__(self, '_load_state_dict_pre_hooks', OrderedDict())
        object.__setattr__(self, '_load_state_dict_post_hooks', OrderedDict())
        object.__setattr__(self, '_modules', OrderedDict())

    def forward(self, *input):
        raise NotImplementedError('Module [{}] is missing the required "forward" function'.format(type(self).__name__))

    def __call__(self, *args, **kwargs):
        pre_hooks = self._forward_pre_hooks
        hooks = self._forward_hooks
        backward_hooks = self._backward_hooks
        if not pre_hooks and not hooks and not backward_hooks:
            return self.forward(*args, **kwargs)
        for hook in list(pre_hooks.values()):
            result = hook(self, args)
            if result is not None:
                if not isinstance(result, tuple):
                    result = (result,)
                args = result
        full = backward_hooks and self._is_full_backward_hook
        backward_hook = _BackwardHook(self, list(backward_hooks.values())) if full else None
        if backward_hook is not None:
            args = backward_hook.setup_input(args)
        result = self.forward(*args, **kwargs)
        for hook in list(hooks.values()):
            hook_result = hook(self, args, result)
            if hook_result is not None:
                result = hook_result
        if backward_hook is not None:
            result = backward_hook.setup_output(result)
        if backward_hooks and not full:
            self._register_non_full_backward_hooks(args, result)
        return result

    # ---- attributes ----------------------------------------------------------------------

    def __getattr__(self, name):
        for store in ('_parameters', '_buffers', '_modules'):
            values = _own_attr(self, store)
            if values is not None and name in values:
                return values[name]
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))

    def __setattr__(self, name, value):
        params = _own_attr(self, '_parameters')
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            self._forget(name, keep='_parameters')
            self.register_parameter(name, value)
            return
        if params is not None and name in params:
            if value is not None:
                raise TypeError("cannot assign '{}' as parameter '{}' (torch.nn.Parameter or None expected)".format(
                    _typename(value), name))
            self.register_parameter(name, value)
            return
        modules = _own_attr(self, '_modules')
        if isinstance(value, Module):
            if modules is None:
                raise AttributeError("cannot assign module before Module.__init__() call")
            self._forget(name, keep='_modules')
            modules[name] = value
            return
        if modules is not None and name in modules:
            if value is not None:
                raise TypeError("cannot assign '{}' as child module '{}' (torch.nn.Module or None expected)".format(
                    _typename(value), name))
            modules[name] = value
            return
        buffers = _own_attr(self, '_buffers')
        if buffers is not None and name in buffers:
            if value is not None and not isinstance(value, torch.Tensor):
                raise TypeError("cannot assign '{}' as buffer '{}' (torch.Tensor or None expected)".format(
                    _typename(value), name))
            buffers[name] = value
            return
        object.__setattr__(self, name, value)

    def _forget(self, name, keep):
        # A name lives in one place: assigning a Parameter removes a plain attribute of that name.
        if _own_attr(self, name) is not None:
            object.__delattr__(self, name)
        for store in ('_parameters', '_buffers', '_modules'):
            if store != keep and name in getattr(self, store):
                del getattr(self, store)[name]
        self._non_persistent_buffers_set.discard(name)

    def __delattr__(self, name):
        if name in self._parameters:
            del self._parameters[name]
        elif name in self._buffers:
            del self._buffers[name]
            self._non_persistent_buffers_set.discard(name)
        elif name in self._modules:
            del self._modules[name]
        else:
            object.__delattr__(self, name)

    def register_parameter(self, name, param):
        if _own_attr(self, '_parameters') is None:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError("parameter name should be a string. Got {}".format(_typename(name)))
        if '.' in name:
            raise KeyError("parameter name can't contain \".\"")
        if name == '':
            raise KeyError("parameter name can't be empty string \"\"")
        if _own_attr(self, name) is not None or name in self._buffers or name in self._modules:
            raise KeyError("attribute '{}' already exists".format(name))
        if param is None:
            self._parameters[name] = None
        elif not isinstance(param, Parameter):
            raise TypeError("cannot assign '{}' object to parameter '{}' (torch.nn.Parameter or None required)".format(
                _typename(param), name))
        elif param.grad_fn is not None:
            raise ValueError("Cannot assign non-leaf Tensor to parameter '{0}'. Model parameters must be created "
                             "explicitly. To express '{0}' as a function of another Tensor, compute the value in "
                             "the forward() method.".format(name))
        else:
            self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        if _own_attr(self, '_buffers') is None:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError("buffer name should be a string. Got {}".format(_typename(name)))
        if '.' in name:
            raise KeyError("buffer name can't contain \".\"")
        if name == '':
            raise KeyError("buffer name can't be empty string \"\"")
        if (_own_attr(self, name) is not None or name in self._parameters or name in self._modules) \
                and name not in self._buffers:
            raise KeyError("attribute '{}' already exists".format(name))
        if tensor is not None and not isinstance(tensor, torch.Tensor):
            raise TypeError("cannot assign '{}' object to buffer '{}' (torch Tensor or None required)".format(
                _typename(tensor), name))
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name, module):
        if not isinstance(module, Module) and module is not None:
            raise TypeError("{} is not a Module subclass".format(_typename(module)))
        if not isinstance(name, str):
            raise TypeError("module name should be a string. Got {}".format(_typename(name)))
        if _own_attr(self, name) is not None and name not in self._modules:
            raise KeyError("attribute '{}' already exists".format(name))
        if '.' in name:
            raise KeyError("module name can't contain \".\", got: {}".format(name))
        if name == '':
            raise KeyError("module name can't be empty string \"\"")
        self._modules[name] = module

    def register_module(self, name, module):
        self.add_module(name, module)

    def get_submodule(self, target):
        if target == '':
            return self
        module = self
        for item in target.split('.'):
            if not hasattr(module, item):
                raise AttributeError(module._get_name() + " has no attribute `" + item + "`")
            module = getattr(module, item)
        return module

    def get_parameter(self, target):
        module_path, _, param_name = target.rpartition('.')
        return getattr(self.get_submodule(module_path), param_name)

    # ---- walking the tree ----------------------------------------------------------------

    def _named_members(self, get_members, prefix='', recurse=True):
        seen = set()
        modules = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for k, v in get_members(module):
                if v is None or v in seen:
                    continue
                seen.add(v)
                yield module_prefix + ('.' if module_prefix else '') + k, v

    def parameters(self, recurse=True):
        for name, param in self.named_parameters(recurse=recurse):
            yield param

    def named_parameters(self, prefix='', recurse=True):
        for item in self._named_members(lambda module: module._parameters.items(), prefix=prefix, recurse=recurse):
            yield item

    def buffers(self, recurse=True):
        for _, buf in self.named_buffers(recurse=recurse):
            yield buf

    def named_buffers(self, prefix='', recurse=True):
        for item in self._named_members(lambda module: module._buffers.items(), prefix=prefix, recurse=recurse):
            yield item

    def children(self):
        for name, module in self.named_children():
            yield module

    def named_children(self):
        seen = set()
        for name, module in self._modules.items():
            if module is not None and module not in seen:
                seen.add(module)
                yield name, module

    def modules(self):
        for _, module in self.named_modules():
            yield module

    def named_modules(self, memo=None, prefix='', remove_duplicate=True):
        if memo is None:
            memo = set()
        if self not in memo:
            if remove_duplicate:
                memo.add(self)
            yield prefix, self
            for name, module in self._modules.items():
                if module is None:
                    continue
                sub_prefix = prefix + ('.' if prefix else '') + name
                yield from module.named_modules(memo, sub_prefix, remove_duplicate)

    # ---- modes and conversions -----------------------------------------------------------

    def train(self, mode=True):
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        self.training = mode
        for module in self.children():
            module.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none=False):
        zero_grads(self.parameters(), set_to_none)

    def apply(self, fn):
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    def _apply(self, fn):
        for module in self.children():
            module._apply(fn)
        for key, param in self._parameters.items():
            if param is None:
                continue
            with torch.no_grad():
                param.data = fn(param)
            if param.grad is not None:
                with torch.no_grad():
                    param.grad.data = fn(param.grad)
        for key, buf in self._buffers.items():
            if buf is not None:
                self._buffers[key] = fn(buf)
        return self

    def float(self):
        return self._apply(lambda t: t.float() if t.is_floating_point() else t)

    def double(self):
        return self._apply(lambda t: t.double() if t.is_floating_point() else t)

    def cpu(self):
        return self

    def to(self, *args, **kwargs):
        dtype = kwargs.get('dtype', None)
        for a in args:
            if isinstance(a, torch.dtype):
                dtype = a
            elif isinstance(a, torch.Tensor):
                dtype = a.dtype
        if dtype is None:
            return self
        if not dtype.is_floating_point:
            raise TypeError('nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=' + str(dtype))
        return self._apply(lambda t: t.to(dtype) if t.is_floating_point() else t)

    # ---- state -----------------------------------------------------------------------------

    def _save_to_state_dict(self, destination, prefix, keep_vars):
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = buf if keep_vars else buf.detach()

    def state_dict(self, *args, destination=None, prefix='', keep_vars=False):
        if len(args) > 0:
            destination = args[0]
            if len(args) > 1:
                prefix = args[1]
            if len(args) > 2:
                keep_vars = args[2]
        if destination is None:
            destination = OrderedDict()
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + '.', keep_vars=keep_vars)
        return destination

    def _load_from_state_dict(self, state_dict, prefix, strict, missing_keys, unexpected_keys, error_msgs):
        local_state = OrderedDict()
        for name, param in self._parameters.items():
            if param is not None:
                local_state[name] = param
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                local_state[name] = buf
        for name, param in local_state.items():
            key = prefix + name
            if key in state_dict:
                input_param = state_dict[key]
                if not isinstance(input_param, torch.Tensor):
                    error_msgs.append('While copying the parameter named "{}", expected torch.Tensor or Tensor-like '
                                      'object from checkpoint but received {}'.format(key, type(input_param)))
                    continue
                if input_param.shape != param.shape:
                    error_msgs.append('size mismatch for {}: copying a param with shape {} from checkpoint, '
                                      'the shape in current model is {}.'.format(key, input_param.shape, param.shape))
                    continue
                with torch.no_grad():
                    param.copy_(input_param)
            elif strict:
                missing_keys.append(key)
        if strict:
            for key in state_dict.keys():
                if key.startswith(prefix):
                    input_name = key[len(prefix):].split('.', 1)[0]
                    if input_name not in self._modules and input_name not in local_state:
                        unexpected_keys.append(key)

    def load_state_dict(self, state_dict, strict=True):
        missing_keys = []
        unexpected_keys = []
        error_msgs = []

        def load(module, prefix=''):
            module._load_from_state_dict(state_dict, prefix, True, missing_keys, unexpected_keys, error_msgs)
            for name, child in module._modules.items():
                if child is not None:
                    load(child, prefix + name + '.')

        load(self)
        if strict:
            if len(unexpected_keys) > 0:
                error_msgs.insert(0, 'Unexpected key(s) in state_dict: {}. '.format(
                    ', '.join(['"{}"'.format(k) for k in unexpected_keys])))
            if len(missing_keys) > 0:
                error_msgs.insert(0, 'Missing key(s) in state_dict: {}. '.format(
                    ', '.join(['"{}"'.format(k) for k in missing_keys])))
        if len(error_msgs) > 0:
            raise RuntimeError('Error(s) in loading state_dict for {}:\n\t{}'.format(
                self.__class__.__name__, "\n\t".join(error_msgs)))
        return _IncompatibleKeys(missing_keys, unexpected_keys)

    # ---- hooks -----------------------------------------------------------------------------

    def register_forward_pre_hook(self, hook):
        handle = RemovableHandle(self._forward_pre_hooks)
        self._forward_pre_hooks[handle.id] = hook
        return handle

    def register_full_backward_hook(self, hook):
        return self._add_backward_hook(hook, full=True)

    def register_backward_hook(self, hook):
        # The deprecated form: hooks the grad_fn of the forward's (first) output, so it sees
        # that one node's gradients, not the module's.
        return self._add_backward_hook(hook, full=False)

    def _add_backward_hook(self, hook, full):
        if self._is_full_backward_hook is (not full):
            raise RuntimeError("Cannot use both regular backward hooks and full backward hooks on a "
                               "single Module. Please use only one of them.")
        self._is_full_backward_hook = full
        handle = RemovableHandle(self._backward_hooks)
        self._backward_hooks[handle.id] = hook
        return handle

    def _register_non_full_backward_hooks(self, args, result):
        var = result
        while not isinstance(var, torch.Tensor):
            if isinstance(var, dict):
                var = next((v for v in var.values() if isinstance(v, torch.Tensor)))
            else:
                var = var[0]
        grad_fn = var.grad_fn
        if grad_fn is None:
            return
        for hook in list(self._backward_hooks.values()):
            grad_fn.register_hook(_module_hook(hook, self))
        self._warn_non_full_backward_hook(args, result, grad_fn)

    def _warn_non_full_backward_hook(self, inputs, result, grad_fn):
        # PyTorch 1.13's warnings for what the deprecated hook will miss.
        if not isinstance(result, torch.Tensor):
            if not (isinstance(result, tuple) and all([isinstance(r, torch.Tensor) for r in result])):
                warnings.warn("Using non-full backward hooks on a Module that does not return a "
                              "single Tensor or a tuple of Tensors is deprecated and will be removed "
                              "in future versions. This hook will be missing some of the grad_output. "
                              "Please use register_full_backward_hook to get the documented behavior.")
                return
        else:
            result = (result,)
        if not isinstance(inputs, torch.Tensor):
            if not (isinstance(inputs, tuple) and all([isinstance(i, torch.Tensor) for i in inputs])):
                warnings.warn("Using non-full backward hooks on a Module that does not take as input a "
                              "single Tensor or a tuple of Tensors is deprecated and will be removed "
                              "in future versions. This hook will be missing some of the grad_input. "
                              "Please use register_full_backward_hook to get the documented behavior.")
                return
        else:
            inputs = (inputs,)
        out_grad_fn = set([r.grad_fn for r in result if r.grad_fn is not None])
        if len(out_grad_fn) == 0 or (len(out_grad_fn) == 1 and grad_fn not in out_grad_fn):
            warnings.warn("Using a non-full backward hook when outputs are nested in python data structure "
                          "is deprecated and will be removed in future versions. This hook will be missing "
                          "some grad_output.")
        elif len(out_grad_fn) > 1:
            warnings.warn("Using a non-full backward hook when outputs are generated by different autograd Nodes "
                          "is deprecated and will be removed in future versions. This hook will be missing "
                          "some grad_output. Please use register_full_backward_hook to get the documented behavior.")
        else:
            inputs_grad_fn = set([i.grad_fn for i in inputs if i.grad_fn is not None])
            next_functions = set([n[0] for n in grad_fn.next_functions])
            if inputs_grad_fn != next_functions:
                warnings.warn("Using a non-full backward hook when the forward contains multiple autograd Nodes "
                              "is deprecated and will be removed in future versions. This hook will be missing "
                              "some grad_input. Please use register_full_backward_hook to get the documented "
                              "behavior.")

    def register_forward_hook(self, hook):
        handle = RemovableHandle(self._forward_hooks)
        self._forward_hooks[handle.id] = hook
        return handle

    # ---- printing --------------------------------------------------------------------------

    def _get_name(self):
        return self.__class__.__name__

    def extra_repr(self):
        return ''

    def __repr__(self):
        extra_lines = []
        extra = self.extra_repr()
        if extra:
            extra_lines = extra.split('\n')
        child_lines = []
        for key, module in self._modules.items():
            child_lines.append('(' + key + '): ' + _addindent(repr(module), 2))
        lines = extra_lines + child_lines
        text = self._get_name() + '('
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                text += extra_lines[0]
            else:
                text += '\n  ' + '\n  '.join(lines) + '\n'
        return text + ')'
