# Common einsum mistakes: a subscript bound to two different sizes, and friends.
import torch

A = torch.ones(2, 3)
B = torch.ones(4, 2)
print(torch.einsum("ij,kj->ik", A, torch.ones(4, 3)).shape)
for label, fn in [("too few operands", lambda: torch.einsum("ij,jk->ik", A)),
                  ("wrong ndim", lambda: torch.einsum("ijk->i", A)),
                  ("unknown output", lambda: torch.einsum("ij->k", A)),
                  ("repeated output", lambda: torch.einsum("ij->ii", A)),
                  ("tensordot", lambda: torch.tensordot(A, B, dims=1))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
# meant A @ B.T but wrote the subscripts for A @ B
C = torch.einsum("ij,jk->ik", A, B)
print(C)
