# torch.linalg. PyTorch writes it in C++; here the functions that record their own node
# (LinalgDetBackward0, ...) are native (lib/native/linalg_api.cpp, computed in LAPACK's order
# by engine/ops/linalg_solve.cpp) and this module gives them PyTorch's Python signatures.
import torch

__all__ = ["LinAlgError", "det", "slogdet", "inv", "solve"]

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
