# copy: copy and deepcopy, for containers, tensors (Tensor.__deepcopy__'s rules: a leaf copy with
# the same requires_grad, Parameters staying Parameters), and instances (models included).
import torch


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (list, dict, set):
        return cls(x)
    if isinstance(x, dict):
        return cls(x)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if isinstance(x, (int, float, str, bool, tuple, type(None))) or isinstance(x, torch.Tensor):
        return x
    new = object.__new__(cls)
    for k, v in vars(x).items():
        object.__setattr__(new, k, v)
    return new


def _deepcopy_tensor(x, memo):
    if not x.is_leaf:
        raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support the deepcopy "
                           "protocol at the moment.  If you were attempting to deepcopy a module, this may be "
                           "because of a torch.nn.utils.weight_norm usage, see "
                           "https://github.com/pytorch/pytorch/pull/103001")
    with torch.no_grad():
        data = x.detach().clone()
    if isinstance(x, torch.nn.Parameter):
        new = torch.nn.Parameter(data, x.requires_grad)
    else:
        new = data.requires_grad_(x.requires_grad)
    if x.grad is not None:
        new.grad = deepcopy(x.grad, memo)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    if isinstance(x, (int, float, str, bool, type(None), type)) or callable(x) and not hasattr(x, '__dict__'):
        return x
    if isinstance(x, torch.Tensor):
        result = _deepcopy_tensor(x, memo)
    elif isinstance(x, list):
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif isinstance(x, tuple):
        result = tuple([deepcopy(item, memo) for item in x])
    elif isinstance(x, dict):
        result = type(x)()
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif isinstance(x, set):
        result = set([deepcopy(item, memo) for item in x])
    elif hasattr(x, '__deepcopy__'):
        result = x.__deepcopy__(memo)
    else:
        result = object.__new__(type(x))
        memo[key] = result
        for k, v in vars(x).items():
            object.__setattr__(result, k, deepcopy(v, memo))
    memo[key] = result
    return result
