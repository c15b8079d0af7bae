import torch
from torch.nn.modules.module import zero_grads


class _RequiredParameter:
    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


class Optimizer:
    def __init__(self, params, defaults):
        self.defaults = defaults
        if isinstance(params, torch.Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, "
                            "but got " + params.type())
        self.state = {}
        self.param_groups = []
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{'params': param_groups}]
        for param_group in param_groups:
            self.add_param_group(param_group)

    def _state_of(self, p):
        # self.state is a defaultdict(dict) in PyTorch: a parameter's state appears when first used.
        if p not in self.state:
            self.state[p] = {}
        return self.state[p]

    def add_param_group(self, param_group):
        if not isinstance(param_group, dict):
            raise TypeError("param group must be a dict")
        params = param_group['params']
        if isinstance(params, torch.Tensor):
            param_group['params'] = [params]
        elif isinstance(params, set):
            raise TypeError('optimizer parameters need to be organized in ordered collections, but the ordering '
                            'of tensors in sets will change between runs. Please use a list instead.')
        else:
            param_group['params'] = list(params)
        for param in param_group['params']:
            if not isinstance(param, torch.Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is " + type(param).__name__)
            if not param.is_leaf:
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError("parameter group didn't specify a value of required optimization parameter " + name)
            param_group.setdefault(name, default)
        for group in self.param_groups:
            for p in group['params']:
                if p in param_group['params']:
                    raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none=False):
        zero_grads([p for group in self.param_groups for p in group['params']], set_to_none)

    def state_dict(self):
        index_of = {}
        next_index = 0
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != 'params'}
            for p in group['params']:
                if id(p) not in index_of:
                    index_of[id(p)] = next_index
                    next_index += 1
            packed['params'] = [index_of[id(p)] for p in group['params']]
            groups.append(packed)
        packed_state = {}
        for k, v in self.state.items():
            packed_state[index_of[id(k)] if isinstance(k, torch.Tensor) else k] = v
        return {'state': packed_state, 'param_groups': groups}

    def load_state_dict(self, state_dict):
        groups = self.param_groups
        saved_groups = state_dict['param_groups']
        if len(groups) != len(saved_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        id_map = {}
        for g, sg in zip(groups, saved_groups):
            if len(g['params']) != len(sg['params']):
                raise ValueError("loaded state dict contains a parameter group that doesn't match the size of "
                                 "optimizer's group")
            for index, p in zip(sg['params'], g['params']):
                id_map[index] = p
        self.state = {}
        for k, v in state_dict['state'].items():
            if k in id_map:
                param = id_map[k]
                self.state[param] = {key: (value.clone() if isinstance(value, torch.Tensor) else value)
                                     for key, value in v.items()}
        for g, sg in zip(groups, saved_groups):
            for key, value in sg.items():
                if key != 'params':
                    g[key] = value

    def __repr__(self):
        text = self.__class__.__name__ + ' ('
        for i, group in enumerate(self.param_groups):
            text += '\n'
            text += 'Parameter Group {0}\n'.format(i)
            for key in sorted(group.keys()):
                if key != 'params':
                    text += '    {0}: {1}\n'.format(key, group[key])
        return text + ')'

    def step(self, closure=None):
        # The closure re-evaluates the loss with gradients on; the update itself runs without
        # recording (PyTorch's _use_grad_for_differentiable), one parameter group at a time.
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                self._update(group)
        return loss

    def _update(self, group):
        raise NotImplementedError
