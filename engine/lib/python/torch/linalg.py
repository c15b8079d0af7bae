# torch.linalg. PyTorch writes it in C++; here the functions that record their own node
# (LinalgDetBackward0, ...) are native (lib/native/linalg_api.cpp, computed in LAPACK's order
# by engine/ops/linalg_solve.cpp) and this module gives them PyTorch's Python signatures.
import torch

__all__ = ["LinAlgError", "det", "slogdet", "inv", "solve", "vector_norm", "matrix_norm", "norm", "cross",
           "vecdot", "matrix_power", "multi_dot"]

LinAlgError = torch._LinAlgError


def _no_out(out, name):
    if out is not None:
        raise NotImplementedError(f"torch.linalg.{name}(out=...) is not supported in the playground")


def det(A, *, out=None):
    _no_out(out, "det")
    return torch._linalg_det(A)


def slogdet(A, *, out=None):
    _no_out(out, "slogdet")
    return torch._linalg_slogdet(A)


def inv(A, *, out=None):
    _no_out(out, "inv")
    return torch._linalg_inv(A)


def solve(A, B, *, left=True, out=None):
    _no_out(out, "solve")
    return torch._linalg_solve(A, B, left=left)


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    _no_out(out, "vector_norm")
    return torch._linalg_vector_norm(x, ord, dim, keepdim, dtype=dtype)


def _wrap(d, ndim):
    return d + ndim if d < 0 else d


def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    """PyTorch's composition: 'fro' is a vector norm over both dims; 1/-1 (and inf/-inf with the
    dims swapped) are amax/amin over a column-sum norm."""
    _no_out(out, "matrix_norm")
    if A.dim() < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    if not (A.is_floating_point() or A.is_complex()):
        raise RuntimeError("linalg.matrix_norm: Expected a floating point or complex tensor as input. Got "
                           + {torch.int64: "Long", torch.bool: "Bool"}.get(A.dtype, str(A.dtype)))
    dim = [_wrap(d, A.dim()) for d in dim]
    if isinstance(ord, str):
        if ord == "fro":
            return vector_norm(A, 2, dim, keepdim, dtype=dtype)
        if ord == "nuc":
            raise NotImplementedError("torch.linalg.matrix_norm(ord='nuc') needs the SVD, which the playground does not have yet")
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    if abs(ord) == 2:
        raise NotImplementedError(f"torch.linalg.matrix_norm(ord={ord}) needs the SVD, which the playground does not have yet")
    if abs(ord) not in (1, float("inf")):
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    if abs(ord) == float("inf"):
        dim = [dim[1], dim[0]]
    if not keepdim and dim[0] < dim[1]:
        dim[1] -= 1
    col = vector_norm(A, 1.0, [dim[0]], keepdim, dtype=dtype)
    return torch.amax(col, dim[1], keepdim) if ord > 0 else torch.amin(col, dim[1], keepdim)


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    _no_out(out, "norm")
    if dim is not None:
        dims = [dim] if isinstance(dim, int) else list(dim)
        if len(dims) == 1:
            return vector_norm(A, 2 if ord is None else ord, dims, keepdim, dtype=dtype)
        return matrix_norm(A, "fro" if ord is None else ord, dims, keepdim, dtype=dtype)
    if ord is not None:
        if A.dim() == 1 and not isinstance(ord, str):
            return vector_norm(A, ord, None, keepdim, dtype=dtype)
        if A.dim() == 2:
            return matrix_norm(A, ord, (-2, -1), keepdim, dtype=dtype)
        raise RuntimeError(f"linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got {A.dim()}D.")
    return vector_norm(A, 2, None, keepdim, dtype=dtype)


def cross(input, other, *, dim=-1, out=None):
    _no_out(out, "cross")
    return torch._linalg_cross(input, other, dim)


def vecdot(x, y, *, dim=-1, out=None):
    _no_out(out, "vecdot")
    return (x * y).sum(dim)


def matrix_power(A, n, *, out=None):
    _no_out(out, "matrix_power")
    return torch.matrix_power(A, n)


def multi_dot(tensors, *, out=None):
    _no_out(out, "multi_dot")
    n = len(tensors)
    if n < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {n}")
    first, last = tensors[0], tensors[-1]
    if first.dim() not in (1, 2):
        raise RuntimeError(f"multi_dot(): the first tensor must be 1D or 2D but got {first.dim()}D")
    if last.dim() not in (1, 2):
        raise RuntimeError(f"multi_dot(): the last tensor must be 1D or 2D but got {last.dim()}D")
    mats = list(tensors)
    if first.dim() == 1:
        mats[0] = first.unsqueeze(0)
    if last.dim() == 1:
        mats[-1] = last.unsqueeze(-1)
    for i in range(n - 1):
        if mats[i].shape[-1] != mats[i + 1].shape[0]:
            raise RuntimeError(f"multi_dot(): tensors {i} and {i + 1} with shapes {list(tensors[i].shape)} and "
                               f"{list(tensors[i + 1].shape)} cannot be multiplied")
    result = mats[0]
    for m in mats[1:]:
        result = result.mm(m)
    if first.dim() == 1 and last.dim() == 1:
        return result.view(())
    if first.dim() == 1:
        return result.view(-1)
    if last.dim() == 1:
        return result.view(-1)
    return result


def _not_yet(name, why="the playground does not have it yet"):
    def missing(*args, **kwargs):
        raise NotImplementedError(f"torch.linalg.{name} is not supported in the playground: {why}")
    missing.__name__ = name
    return missing


cholesky = _not_yet("cholesky")
cholesky_ex = _not_yet("cholesky_ex")
qr = _not_yet("qr")
eigh = _not_yet("eigh")
eigvalsh = _not_yet("eigvalsh")
eig = _not_yet("eig")
eigvals = _not_yet("eigvals")
svd = _not_yet("svd")
svdvals = _not_yet("svdvals")
pinv = _not_yet("pinv")
lstsq = _not_yet("lstsq")
matrix_rank = _not_yet("matrix_rank")
cond = _not_yet("cond")
matrix_exp = _not_yet("matrix_exp")
inv_ex = _not_yet("inv_ex")
solve_ex = _not_yet("solve_ex")
lu = _not_yet("lu")
lu_factor = _not_yet("lu_factor")
lu_solve = _not_yet("lu_solve")
householder_product = _not_yet("householder_product")
tensorinv = _not_yet("tensorinv")
tensorsolve = _not_yet("tensorsolve")
solve_triangular = _not_yet("solve_triangular")
ldl_factor = _not_yet("ldl_factor")
