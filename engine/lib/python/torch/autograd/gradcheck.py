# torch.autograd.gradcheck and gradgradcheck: compare the gradients autograd computes with
# finite differences. PyTorch 1.13 writes these in Python; this follows its algorithm step by
# step (what is perturbed, in which order, how the Jacobians are laid out and compared, the
# fast mode's random vectors) so that results and messages are PyTorch's.
# Not here: complex inputs, sparse inputs, batched-grad (vmap) checks, fast mode with forward AD.
import itertools
import warnings
import torch

__all__ = ["gradcheck", "gradgradcheck", "GradcheckError"]


class GradcheckError(RuntimeError):
    """Raised by gradcheck and gradgradcheck when a check fails."""


FAILED_NONDET_MSG = """

NOTE: If your op relies on non-deterministic operations i.e., it is listed here:
https://pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html
this failure might be expected.

If you are adding a new operator, please file an issue and then use one of the
workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.
If the test
- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
  with `nondet_tol=<tol>` as a keyword argument.
- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
  to have `gradcheck_nondet_tol=<tol>`.
- is a Module test (e.g., in common_nn.py), then modify the corresponding
  module_test entry to have `gradcheck_nondet_tol=<tol>`
"""

FAST_FAIL_SLOW_OK_MSG = """Fast gradcheck failed but element-wise differences are small. This means that the
test might've passed in slow_mode!

If you are adding a new operator, please file an issue and then use one of the
workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck:

If the test
- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
  with `fast_mode=False` as a keyword argument.
- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
  to have `gradcheck_fast_mode=False`
- is a Module test (e.g., in common_nn.py), then modify the corresponding
  module_test entry to have `gradcheck_fast_mode=False`"""


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, list):
        return tuple(x)
    return (x,)


def _is_tensor(x):
    return isinstance(x, torch.Tensor)


def _differentiable_outputs(out):
    return tuple(o for o in _as_tuple(out) if o.requires_grad)


def _inputs_needing_grad(inputs):
    return [t for t in inputs if _is_tensor(t) and t.requires_grad]


def _check_inputs(inputs):
    any_needs_grad = False
    for idx, inp in enumerate(inputs):
        if _is_tensor(inp) and inp.requires_grad:
            if inp.dtype != torch.float64:
                warnings.warn(f"Input #{idx} requires gradient and is not a double precision floating point or "
                              "complex. This check will likely fail if all the inputs are not of double precision "
                              "floating point or complex. ")
            for size, stride in zip(inp.size(), inp.stride()):
                if stride == 0 and size > 1:
                    raise RuntimeError(f"The {idx}th input has a dimension with stride 0. gradcheck only supports "
                                       "inputs that are non-overlapping to be able to compute the numerical "
                                       "gradients correctly. You should call .contiguous on the input before "
                                       "passing it to gradcheck.")
            any_needs_grad = True
    if not any_needs_grad:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, but none of the them "
                         "have requires_grad=True.")


# ---- numerical side: central differences, written into the inputs' storage ------------------

def _outputs_of(func, inputs):
    return tuple(o.clone() for o in _as_tuple(func(*inputs)))


def _central_difference(func, inputs, entry, delta, eps):
    """(f(x + delta) - f(x - delta)) / 2 eps per output, flattened; entry is a view of an input's
    .data (a single element, or the whole input in fast mode)."""
    orig = entry.clone()
    entry.copy_(orig - delta)
    before = _outputs_of(func, inputs)
    entry.copy_(orig + delta)
    after = _outputs_of(func, inputs)
    entry.copy_(orig)
    result = []
    for a, b in zip(before, after):
        if a.shape != b.shape or a.dtype != b.dtype:
            raise AssertionError(f"Expected `func` to return outputs with the same shape when inputs are perturbed "
                                 f"on index {{idx}} by {eps}, but got: shapes {a.shape} and {b.shape}.")
        result.append(((b - a) / (2 * eps)).detach().reshape(-1))
    return result


def _numerical_jacobian(func, inputs, outputs, eps=1e-3):
    """jac[k][i]: d outputs[i] / d (k-th input needing grad), laid out (input numel, output numel)."""
    jacobians = []
    for inp in _inputs_needing_grad(inputs):
        x = inp.data
        cols = [o.new_zeros((inp.numel(), o.numel())) for o in outputs if o.is_floating_point()]
        for d_idx, idx in enumerate(itertools.product(*[range(m) for m in x.size()])):
            for col, d in zip(cols, _central_difference(func, inputs, x[idx], eps, eps)):
                col[d_idx] = d
        jacobians.append(cols)
    return jacobians


# ---- analytical side: one backward per one-hot grad_output ---------------------------------

def _analytical_jacobian(inputs, output, nondet_tol):
    """jac[k]: d output / d (k-th input needing grad), (input numel, output numel); computed twice
    to check that backward is reentrant."""
    diff_inputs = _inputs_needing_grad(inputs)

    def once():
        jacs = [inp.new_zeros((inp.numel(), output.numel())) for inp in diff_inputs]
        grad_output = torch.zeros(output.shape, dtype=output.dtype)  # contiguous, as legacy_contiguous_format
        flat = grad_output.view(-1)
        for j in range(output.numel()):
            flat.zero_()
            flat[j] = 1.0
            grads = torch.autograd.grad(output, diff_inputs, grad_output, retain_graph=True, allow_unused=True)
            for jac, g in zip(jacs, grads):
                if g is not None:
                    jac[:, j] = g.clone().reshape(-1)
        return jacs

    first, second = once(), once()
    _check_reentrant(first, second, nondet_tol)
    return first


def _check_reentrant(first, second, nondet_tol):
    """Both modes run each backward twice; the two results must agree within nondet_tol."""
    for a, b in zip(first, second):
        if a.numel() != 0 and (a - b).abs().max() > nondet_tol:
            raise GradcheckError("Backward is not reentrant, i.e., running backward with same input and grad_output "
                                 "multiple times gives different values, although analytical gradient matches "
                                 f"numerical gradient.The tolerance for nondeterminism was {nondet_tol}." +
                                 FAILED_NONDET_MSG)


def _allclose(a, b, rtol, atol):
    dtype = torch.promote_types(a.dtype, b.dtype)
    return torch.allclose(a.to(dtype), b.to(dtype), rtol, atol)


def _mismatch_message(analytical, numerical, output_idx, input_idx):
    return ("Jacobian mismatch for output %d with respect to input %d,\nnumerical:%s\nanalytical:%s\n"
            % (output_idx, input_idx, numerical, analytical))


def _forward_ad_jacobian(func, inputs, n_outputs):
    """jac[k][i] as _analytical_jacobian lays it out, column by column from one-hot tangents."""
    import torch.autograd.forward_ad as fwAD
    jacobians = []
    with fwAD.dual_level():
        for pos, inp in enumerate(inputs):
            if not (_is_tensor(inp) and inp.requires_grad):
                continue
            cols = None
            for j in range(inp.numel()):
                tangent = torch.zeros(inp.numel(), dtype=inp.dtype)
                tangent[j] = 1.0
                duals = list(inputs)
                duals[pos] = fwAD.make_dual(inp.detach(), tangent.view(inp.shape))
                outs = [o for o in _as_tuple(func(*duals)) if _is_tensor(o) and o.is_floating_point()][:n_outputs]
                if cols is None:
                    cols = [inp.new_zeros((inp.numel(), o.numel())) for o in outs]
                for col, o in zip(cols, outs):
                    t = fwAD.unpack_dual(o).tangent
                    if t is not None:
                        col[j] = t.reshape(-1)
            jacobians.append(cols)
    return jacobians


def _forward_ad_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol):
    numerical = _numerical_jacobian(func, inputs, _as_tuple(func_out), eps)
    analytical = _forward_ad_jacobian(func, inputs, len(outputs))
    for i in range(len(outputs)):
        for k, cols in enumerate(analytical):
            a, n = cols[i], numerical[k][i]
            if not _allclose(a, n, rtol, atol):
                raise GradcheckError("Jacobian computed with forward mode mismatch for output %d with respect to "
                                     "input %d,\nnumerical:%s\nanalytical:%s\n" % (i, k, n, a))
    return True


def _check_no_differentiable_outputs(func, inputs, func_out, eps):
    for jacs in _numerical_jacobian(func, inputs, _as_tuple(func_out), eps):
        for jac in jacs:
            if torch.ne(jac, 0).sum() > 0:
                raise GradcheckError("Numerical gradient for function expected to be zero")
    return True


def _slow_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol, nondet_tol):
    if not outputs:
        return _check_no_differentiable_outputs(func, inputs, func_out, eps)
    numerical = _numerical_jacobian(func, inputs, _as_tuple(func_out), eps)
    for i, o in enumerate(outputs):
        analytical = _analytical_jacobian(inputs, o, nondet_tol)
        for k, a in enumerate(analytical):
            n = numerical[k][i]
            if not _allclose(a, n, rtol, atol):
                raise GradcheckError(_mismatch_message(a, n, i, k))
    return True


# ---- fast mode: v^T J u for random unit vectors u and v -------------------------------------

def _random_unit_vector(x, generator):
    vec = torch.rand(x.numel(), generator=generator).to(dtype=x.dtype)
    vec /= vec.norm()
    return vec


def _slow_mode_report(func, inputs, outputs, input_idx, output_idx, rtol, atol):
    # As PyTorch does, with the numerical Jacobian's default eps (1e-3).
    slow_numerical = _numerical_jacobian(func, inputs, outputs)[input_idx][output_idx]
    slow_analytical = _analytical_jacobian(inputs, outputs[output_idx], float("inf"))[input_idx]
    slow_max_diff = (slow_numerical - slow_analytical).abs().max()
    msg = ("\nThe above quantities relating the numerical and analytical jacobians are computed \n"
           "in fast mode. See: https://github.com/pytorch/pytorch/issues/53876 for more background \n"
           "about fast mode. Below, we recompute numerical and analytical jacobians in slow mode:\n\n"
           f"Numerical:\n {slow_numerical}\n"
           f"Analytical:\n{slow_analytical}\n\n"
           f"The max per-element difference (slow mode) is: {slow_max_diff}.\n")
    if torch.allclose(slow_analytical, slow_numerical, rtol, atol):
        msg += FAST_FAIL_SLOW_OK_MSG
    return msg


def _fast_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol, nondet_tol):
    diff_inputs = _inputs_needing_grad(inputs)
    generator = torch.Generator()  # its own stream: the user's random numbers are left alone
    all_u = [_random_unit_vector(inp, generator) for inp in diff_inputs]
    all_v = [_random_unit_vector(out, generator) for out in outputs]
    # numerical[k][i] = v_i . (J_ik u_k), by one central difference along u_k.
    numerical = []
    for inp, u in zip(diff_inputs, all_u):
        x = inp.data
        jvps = _central_difference(func, inputs, x, u.reshape(x.shape) * eps, eps)
        if not outputs:
            for jvp in jvps:
                if jvp.numel() != 0 and jvp.abs().max() > nondet_tol:
                    raise GradcheckError("Numerical gradient for function expected to be zero")
            continue
        numerical.append([(v * jvp).sum() for v, jvp in zip(all_v, jvps)])
    if not outputs:
        return True
    # analytical[i][k] = (v_i^T J_ik) . u_k, by one backward per output (twice: reentrancy).
    analytical = []
    for o, v in zip(outputs, all_v):
        def vjp():
            grads = torch.autograd.grad(o, diff_inputs, v.reshape(o.shape), retain_graph=True, allow_unused=True)
            return [g.clone().reshape(-1) if g is not None else inp.new_zeros(inp.numel())
                    for g, inp in zip(grads, diff_inputs)]
        first, second = vjp(), vjp()
        _check_reentrant(first, second, nondet_tol)
        analytical.append([vj.dot(u) for vj, u in zip(first, all_u)])
    for k, row in enumerate(numerical):
        for i, n in enumerate(row):
            a = analytical[i][k]
            adjusted_atol = atol * float(all_u[k].sum()) * float(all_v[i].sum())
            if not _allclose(a, n, rtol, adjusted_atol):
                raise GradcheckError(_mismatch_message(a, n, i, k) +
                                     _slow_mode_report(func, inputs, outputs, k, i, rtol, atol))
    return True


def _check_backward_multiplies_grad_output(outputs, inputs):
    diff_inputs = _inputs_needing_grad(inputs)
    grads = torch.autograd.grad(outputs, diff_inputs, [torch.zeros_like(o) for o in outputs], allow_unused=True)
    for g, inp in zip(grads, diff_inputs):
        if g is None:
            continue
        if g.size() != inp.size():
            raise GradcheckError("grad is incorrect size")
        if not g.eq(0).all():
            raise GradcheckError("backward not multiplied by grad_output")


class _UndefinedGrad(torch.autograd.Function):
    """PyTorch's torch._C._functions.UndefinedGrad: the value passes on, and the gradient sent back
    through it is undefined (what backward formulas see when an output's gradient is missing)."""
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, grad):
        return None


def _warn_bc_breaking():
    warnings.warn('Backwards compatibility: New undefined gradient support checking '
                  'feature is enabled by default, but it may break existing callers '
                  'of this function. If this is true for you, you can call this '
                  'function with "check_undefined_grad=False" to disable the feature')


def _check_undefined_grad_support(outputs, diff_inputs):
    grads_output = [torch.zeros_like(o) for o in outputs]
    try:
        grads_input = torch.autograd.grad(outputs, diff_inputs, grads_output, allow_unused=True)
    except RuntimeError:
        _warn_bc_breaking()
        raise GradcheckError('Expected backward function to handle undefined output grads. '
                             'Please look at "Notes about undefined output gradients" in '
                             '"tools/autograd/derivatives.yaml"')
    for gi in grads_input:
        if gi is not None and not gi.eq(0).all():
            _warn_bc_breaking()
            raise GradcheckError('Expected all input grads to be undefined or zero when all output grads are '
                                 'undefined or zero. Please look at "Notes about undefined output gradients" in '
                                 '"tools/autograd/derivatives.yaml"')
    return True


def _check_undefined_backward(func, outputs, inputs):
    """Every backward must cope with undefined output grads: all at once, then one at a time."""
    diff_inputs = _inputs_needing_grad(inputs)
    if not diff_inputs:
        raise GradcheckError("no Tensors requiring grad found in input")
    to_check = [[_UndefinedGrad.apply(o) for o in _differentiable_outputs(func(*inputs)) if _is_tensor(o)]]
    if len(to_check[0]) > 1:
        for undefined in range(len(outputs)):
            fresh = _differentiable_outputs(func(*inputs))
            to_check.append([_UndefinedGrad.apply(o) if i == undefined else o for i, o in enumerate(fresh)])
    return all(_check_undefined_grad_support(outs, diff_inputs) for outs in to_check)


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, check_sparse_nnz=False,
              nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True, fast_mode=False):
    """True if the gradients of func at inputs match finite differences (else GradcheckError, or
    False with raise_exception=False)."""
    assert check_forward_ad or check_backward_ad, \
        "Expected at least one of check_forward_ad or check_backward_ad to be True"
    assert not (check_batched_grad and not check_backward_ad), \
        "Setting check_batched_grad=True requires check_backward_ad to be True"
    assert not (check_batched_forward_grad and not check_forward_ad), \
        "Setting check_batched_forward_grad=True requires check_forward_ad to be True"
    try:
        return _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_forward_ad, check_backward_ad, fast_mode,
                          check_undefined_grad)
    except GradcheckError:
        if raise_exception:
            raise
        return False


def _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_forward_ad, check_backward_ad, fast_mode,
               check_undefined_grad):
    inputs = _as_tuple(inputs)
    _check_inputs(inputs)
    func_out = func(*inputs)
    outputs = _differentiable_outputs(func_out)
    if check_forward_ad:
        if fast_mode:
            raise NotImplementedError("gradcheck(check_forward_ad=True, fast_mode=True) is not supported in the playground")
        if outputs:
            _forward_ad_gradcheck(func, func_out, inputs, outputs, eps, rtol, atol)
        else:
            _check_no_differentiable_outputs(func, inputs, func_out, eps)
    if not check_backward_ad:
        return True
    check = _fast_gradcheck if fast_mode else _slow_gradcheck
    if not check(func, func_out, inputs, outputs, eps, rtol, atol, nondet_tol):
        return False
    if outputs:
        _check_backward_multiplies_grad_output(outputs, inputs)
    if check_undefined_grad:
        _check_undefined_backward(func, outputs, inputs)
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False):
    """gradcheck of the gradient: the first derivatives (as functions of the inputs and of the
    grad_outputs) checked against finite differences."""
    assert check_fwd_over_rev or check_rev_over_rev, \
        "Expected at least one of check_fwd_over_rev or check_rev_over_rev to be True"
    assert not (check_undefined_grad and not check_rev_over_rev), \
        "Setting check_undefined_grad=True requires check_rev_over_rev to be True"
    assert not (check_batched_grad and not check_rev_over_rev), \
        "Setting check_batched_grad=True requires check_rev_over_rev to be True"
    inputs = _as_tuple(inputs)
    if grad_outputs is None:
        # As torch.testing.make_tensor(low=-1, high=1) draws them: from the global generator.
        grad_outputs = []
        for out in _differentiable_outputs(func(*inputs)):
            r = torch.rand(out.shape, dtype=out.dtype)
            grad_outputs.append((1 * r + -1 * (1 - r)).requires_grad_())
        grad_outputs = tuple(grad_outputs)
    else:
        grad_outputs = _as_tuple(grad_outputs)
    num_outputs = len(grad_outputs)
    diff_input_indices = [i for i, x in enumerate(inputs) if _is_tensor(x) and x.requires_grad]
    diff_grad_output_indices = [i for i, x in enumerate(grad_outputs) if x.requires_grad]

    def first_derivatives(*args):
        input_args = tuple(x.requires_grad_() if i in diff_input_indices else x
                           for i, x in enumerate(args[:-num_outputs]))
        outputs = _differentiable_outputs(func(*input_args))
        grads_out = tuple(x.requires_grad_() if i in diff_grad_output_indices else x
                          for i, x in enumerate(args[-num_outputs:]))
        diff_input_args = tuple(x for i, x in enumerate(input_args) if i in diff_input_indices)
        grad_inputs = torch.autograd.grad(outputs, diff_input_args, grads_out, create_graph=True, allow_unused=True)
        return tuple(g for g in grad_inputs if g is not None)

    return gradcheck(first_derivatives, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception, nondet_tol=nondet_tol, check_undefined_grad=check_undefined_grad,
                     check_grad_dtypes=check_grad_dtypes, check_batched_grad=check_batched_grad, fast_mode=fast_mode,
                     check_forward_ad=check_fwd_over_rev, check_backward_ad=check_rev_over_rev)
