# torch.autograd.functional: Jacobians, Hessians and their products with vectors, each a short
# sequence of torch.autograd.grad calls (and, for strategy="forward-mode", dual tensors).
# PyTorch 1.13 writes this module in Python too; the steps below are the ones it takes, in its
# order, so that values, the graphs built under create_graph, and the error messages match.
# Where PyTorch vectorises with vmap (vectorize=True), the rows are computed one by one here:
# the same gradients, so the same numbers.
import torch
import torch.autograd.forward_ad as fwAD

__all__ = ["vjp", "jvp", "jacobian", "hessian", "hvp", "vhp"]


# ---- argument handling ----------------------------------------------------------------------

def _as_tuple(value, arg_name=None, fn_name=None):
    """(was it a tuple, the values as a tuple); with names, every value must be a Tensor."""
    if arg_name is None and fn_name is None:
        if isinstance(value, tuple):
            return value
        if isinstance(value, list):
            return tuple(value)
        return (value,)
    was_tuple = isinstance(value, tuple)
    values = value if was_tuple else (value,)
    for i, el in enumerate(values):
        if not isinstance(el, torch.Tensor):
            where = f"the value at index {i}" if was_tuple else f"the given {arg_name}"
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of "
                            f"Tensors but {where} has type {type(el)}.")
    return was_tuple, values


def _unpack_result(res, was_tuple):
    """Undo _as_tuple on a result: was_tuple is a flag, or (outputs flag, inputs flag)."""
    if isinstance(was_tuple, tuple):
        outputs_tuple, inputs_tuple = was_tuple
        if not inputs_tuple:
            res = tuple(el[0] for el in res)
        if not outputs_tuple:
            res = res[0]
        return res
    return res if was_tuple else res[0]


def _prepare_inputs(inputs, create_graph, need_graph):
    """Fresh leaves to differentiate with respect to (views of them under create_graph)."""
    out = []
    for inp in inputs:
        if create_graph and inp.requires_grad:
            out.append(inp.view_as(inp))
        else:
            out.append(inp.detach().requires_grad_(need_graph))
    return tuple(out)


def _finish(values, create_graph):
    if isinstance(values[0], torch.Tensor):
        return values if create_graph else tuple(v.detach() for v in values)
    return tuple(_finish(v, create_graph) for v in values)


def _check_v(v, other, other_is_tuple):
    if len(other) != len(v):
        if other_is_tuple:
            raise RuntimeError(f"v is a tuple of invalid length: should be {len(other)} but got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for i, (el_v, el_other) in enumerate(zip(v, other)):
        if el_v.size() != el_other.size():
            prefix = f"Entry {i} in " if other_is_tuple else ""
            raise RuntimeError(f"{prefix}v has invalid size: should be {el_other.size()} but got {el_v.size()}.")


_STRICT_MESSAGES = {
    "hessian": ("The hessian of the user-provided function with respect to input {} is independent of the "
                "input. This is not allowed in strict mode. You should ensure that your function is thrice "
                "differentiable and that the hessian depends on the inputs."),
    "jacobian": ("While computing the hessian, found that the jacobian of the user-provided function with "
                 "respect to input {} is independent of the input. This is not allowed in strict mode. You "
                 "should ensure that your function is twice differentiable and that the jacobian depends on "
                 "the inputs (this would be violated by a linear function for example)."),
    "grad_inputs": ("The gradient with respect to input {} is independent of the inputs of the user-provided "
                    "function. This is not allowed in strict mode."),
    "outputs": ("Output {} of the user-provided function does not require gradients. The outputs must be "
                "computed in a differentiable manner from the input when running in strict mode."),
}


def _strict_requires_grad(values, kind, strict):
    if not strict:
        return
    for i, value in enumerate(values):
        if value is None:
            raise RuntimeError(f"The output of the user-provided function is independent of input {i}. This is "
                               "not allowed in strict mode.")
        if not value.requires_grad:
            raise RuntimeError(_STRICT_MESSAGES[kind].format(i))


def _grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
    """autograd.grad over the outputs that require grad; None for every input when none does."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    kept_outputs, kept_grads = [], []
    for out, g in zip(outputs, grad_outputs):
        if out is not None and out.requires_grad:
            kept_outputs.append(out)
            kept_grads.append(g)
    if not kept_outputs:
        return (None,) * len(inputs)
    return torch.autograd.grad(tuple(kept_outputs), inputs, tuple(kept_grads), allow_unused=True,
                               create_graph=create_graph, retain_graph=retain_graph)


_INDEPENDENT = {
    "back": "The output of the user-provided function is independent of input {}. This is not allowed in strict mode.",
    "back_trick": ("The gradient with respect to the input is independent of entry {} in the grad_outputs when "
                   "using the double backward trick to compute forward mode gradients. This is not allowed in "
                   "strict mode."),
    "double_back": "The jacobian of the user-provided function is independent of input {}. This is not allowed in strict mode.",
    "double_back_trick": ("The hessian of the user-provided function is independent of entry {} in the "
                          "grad_jacobian. This is not allowed in strict mode as it prevents from using the double "
                          "backward trick to replace forward mode AD."),
}


def _zeros_where_none(grads, refs, strict, create_graph, stage):
    out = []
    for i, g in enumerate(grads):
        if g is None:
            if strict:
                raise RuntimeError(_INDEPENDENT[stage].format(i))
            g = torch.zeros_like(refs[i])
        elif strict and create_graph and not g.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError(f"The {what} of the user-provided function is independent of input {i}. This is "
                               "not allowed in strict mode when create_graph=True.")
        out.append(g)
    return tuple(out)


def _single_tensor_output(outputs, outputs_tuple, fn_name):
    if outputs_tuple or not isinstance(outputs[0], torch.Tensor):
        raise RuntimeError(f"The function given to {fn_name} should return a single Tensor")
    if outputs[0].nelement() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {fn_name} should contain a single element")


def _v_or_scalar_input(v, inputs, inputs_tuple, create_graph, fn_name):
    if v is not None:
        _, v = _as_tuple(v, "v", fn_name)
        v = _prepare_inputs(v, create_graph=create_graph, need_graph=False)
        _check_v(v, inputs, inputs_tuple)
    elif len(inputs) != 1 or inputs[0].nelement() != 1:
        raise RuntimeError("The vector v can only be None if the input to the user-provided function is a single "
                           "Tensor with a single element.")
    return v


# ---- products with vectors ------------------------------------------------------------------

def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T J)."""
    with torch.enable_grad():
        inputs_tuple, inputs = _as_tuple(inputs, "inputs", "vjp")
        inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
        outputs = func(*inputs)
        outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "vjp")
        _strict_requires_grad(outputs, "outputs", strict)
        if v is not None:
            _, v = _as_tuple(v, "v", "vjp")
            v = _prepare_inputs(v, create_graph=create_graph, need_graph=False)
            _check_v(v, outputs, outputs_tuple)
        elif len(outputs) != 1 or outputs[0].nelement() != 1:
            raise RuntimeError("The vector v can only be None if the user-provided function returns a single "
                               "Tensor with a single element.")
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _grad(outputs, inputs, v, create_graph=create_graph)
        result = _zeros_where_none(grads, inputs, strict, create_graph, "back")
    return (_unpack_result(_finish(outputs, create_graph), outputs_tuple),
            _unpack_result(_finish(result, create_graph), inputs_tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), J v), by the double-backward trick: g(u) = u^T J is linear in u, and
    d(g(u) . v)/du = J v."""
    with torch.enable_grad():
        inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jvp")
        inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
        v = _v_or_scalar_input(v, inputs, inputs_tuple, create_graph, "jvp")
        outputs = func(*inputs)
        outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "jvp")
        _strict_requires_grad(outputs, "outputs", strict)
        u = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
        g = _grad(outputs, inputs, u, create_graph=True)
        _strict_requires_grad(g, "grad_inputs", strict)
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _grad(g, u, v, create_graph=create_graph)
        result = _zeros_where_none(grads, outputs, strict, create_graph, "back_trick")
    return (_unpack_result(_finish(outputs, create_graph), outputs_tuple),
            _unpack_result(_finish(result, create_graph), outputs_tuple))


def _scalar_gradient(func, inputs, v, create_graph, strict, fn_name):
    """The shared start of vhp and hvp: checks, func(inputs) and its gradient, kept differentiable.
    Runs under enable_grad (the caller's block); returns what both need afterwards."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
    v = _v_or_scalar_input(v, inputs, inputs_tuple, create_graph, fn_name)
    outputs = func(*inputs)
    outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", fn_name)
    _strict_requires_grad(outputs, "outputs", strict)
    _single_tensor_output(outputs, outputs_tuple, fn_name)
    jac = _grad(outputs, inputs, create_graph=True)
    _strict_requires_grad(jac, "jacobian", strict)
    return inputs_tuple, inputs, v, outputs_tuple, outputs, jac


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T H) for a scalar function."""
    with torch.enable_grad():
        inputs_tuple, inputs, v, outputs_tuple, outputs, jac = _scalar_gradient(
            func, inputs, v, create_graph, strict, "vhp")
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _grad(jac, inputs, v, create_graph=create_graph)
        result = _zeros_where_none(grads, inputs, strict, create_graph, "double_back")
    return (_unpack_result(_finish(outputs, create_graph), outputs_tuple),
            _unpack_result(_finish(result, create_graph), inputs_tuple))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), H v) for a scalar function, by the double-backward trick on the gradient."""
    with torch.enable_grad():
        inputs_tuple, inputs, v, outputs_tuple, outputs, jac = _scalar_gradient(
            func, inputs, v, create_graph, strict, "hvp")
        u = tuple(torch.zeros_like(inp, requires_grad=True) for inp in inputs)
        double_back = _grad(jac, inputs, u, create_graph=True)
        _strict_requires_grad(jac, "hessian", strict)
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _grad(double_back, u, v, create_graph=create_graph)
        result = _zeros_where_none(grads, inputs, strict, create_graph, "double_back_trick")
    return (_unpack_result(_finish(outputs, create_graph), outputs_tuple),
            _unpack_result(_finish(result, create_graph), inputs_tuple))


def _standard_basis(tensors, numels):
    """For each tensor, the rows of the identity that belong to it: (total, numel) blocks."""
    total = sum(numels)
    chunks = tuple(t.new_zeros(total, n) for t, n in zip(tensors, numels))
    start = 0
    for chunk, n in zip(chunks, numels):
        chunk.diagonal(start).fill_(1)
        start -= n
    return chunks


def _jacobian_forward_mode(func, inputs, strict, vectorize):
    """Columns J e_j from one-hot tangents, as PyTorch's _jacfwd does with vmap."""
    if strict:
        raise RuntimeError('torch.autograd.functional.jacobian: `strict=True` and `strategy="forward-mode"` are not '
                           'supported together (yet). Please either set `strict=False` or `strategy="reverse-mode"`.')
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
    if not vectorize:
        raise NotImplementedError("Computing Jacobian using forward-AD or forward-over-reverse Hessian is"
                                  "only implemented for `vectorize=True`.")  # sic: PyTorch's text
    numels = tuple(inp.numel() for inp in inputs)
    basis = _standard_basis(inputs, numels)
    columns = []          # per basis row: the tangent of each output
    outputs_tuple, primals = None, None
    for k in range(sum(numels)):
        with fwAD.dual_level():
            duals = tuple(fwAD.make_dual(inp, b[k].view_as(inp)) for inp, b in zip(inputs, basis))
            outputs_tuple, dual_outputs = _as_tuple(func(*duals), "outputs")
            primals, tangents = [], []
            for out in dual_outputs:
                primal, tangent = fwAD.unpack_dual(out)
                primals.append(primal)
                tangents.append(tangent if tangent is not None else torch.zeros_like(primal))
            columns.append(tangents)
    result = []
    for i, out in enumerate(primals):
        stacked = torch.stack([col[i] for col in columns])       # (total, *out.shape)
        per_input = []
        for jac, inp in zip(stacked.split(numels, dim=0), inputs):
            per_input.append(jac.permute(*range(1, jac.ndim), 0).reshape(tuple([*out.shape, *inp.shape])))
        result.append(per_input)
    return _unpack_result(result, (outputs_tuple, inputs_tuple))


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """d func(inputs) / d inputs: for one input and one output a Tensor of shape
    output.shape + input.shape; for tuples, nested tuples [output][input]."""
    assert strategy in ("forward-mode", "reverse-mode"), (
        'Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your function has more outputs '
        'than inputs, "forward-mode" tends to be more performant. Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode":
        if create_graph:
            raise NotImplementedError('torch.autograd.functional.jacobian: `create_graph=True` and '
                                      '`strategy="forward-mode"` are not supported together (yet). Please either '
                                      'set `create_graph=False` or `strategy="reverse-mode"`.')
        return _jacobian_forward_mode(func, inputs, strict, vectorize)
    with torch.enable_grad():
        inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
        inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
        outputs = func(*inputs)
        outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "jacobian")
        _strict_requires_grad(outputs, "outputs", strict)
        if vectorize and strict:
            raise RuntimeError("torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are not "
                               "supported together. Please either set `strict=False` or `vectorize=False`.")
        jac = []
        for i, out in enumerate(outputs):
            rows = tuple([] for _ in inputs)
            for j in range(out.nelement()):
                vj = _grad((out.reshape(-1)[j],), inputs, retain_graph=True, create_graph=create_graph)
                for k, (rows_k, vj_k, inp) in enumerate(zip(rows, vj, inputs)):
                    if vj_k is not None:
                        if strict and create_graph and not vj_k.requires_grad:
                            raise RuntimeError(f"The jacobian of the user-provided function is independent of input "
                                               f"{i}. This is not allowed in strict mode when create_graph=True.")
                        rows_k.append(vj_k)
                    else:
                        if strict:
                            raise RuntimeError(f"Output {i} of the user-provided function is independent of input "
                                               f"{k}. This is not allowed in strict mode.")
                        rows_k.append(torch.zeros_like(inp))
            jac.append(tuple(torch.stack(rows_k, dim=0).view(out.size() + inputs[k].size())
                             for k, rows_k in enumerate(rows)))
        jac = _finish(tuple(jac), create_graph)
        return _unpack_result(jac, (outputs_tuple, inputs_tuple))


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """d^2 func / d inputs^2 for a function returning one element: the Jacobian of the gradient."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")
    assert outer_jacobian_strategy in ("forward-mode", "reverse-mode"), (
        'Expected strategy to be either "forward-mode" or "reverse-mode".')

    def scalar_func(*inp):
        out = func(*inp)
        out_tuple, outs = _as_tuple(out, "outputs of the user-provided function", "hessian")
        _strict_requires_grad(outs, "outputs", strict)
        if out_tuple or not isinstance(out, torch.Tensor):
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if out.nelement() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should contain a single element")
        return out.squeeze()

    def gradient(*inp):
        if outer_jacobian_strategy == "forward-mode":
            inp = tuple(t.requires_grad_(True) for t in inp)
        jac = jacobian(scalar_func, inp, create_graph=True)
        _strict_requires_grad(jac, "jacobian", strict)
        return jac

    res = jacobian(gradient, inputs, create_graph=create_graph, strict=strict, vectorize=vectorize,
                   strategy=outer_jacobian_strategy)
    return _unpack_result(res, (inputs_tuple, inputs_tuple))
