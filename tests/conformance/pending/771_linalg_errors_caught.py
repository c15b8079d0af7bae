# Error texts of torch.linalg, caught one at a time: singular matrices (torch.linalg.LinAlgError,
# a RuntimeError subclass), non-square inputs, integer dtypes, shape mismatches, bad ord / UPLO / mode
# / driver arguments, and the non-differentiable QR modes.
import torch

S = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
notpd = torch.tensor([[1.0, 2.0], [2.0, 1.0]])
ints = torch.tensor([[1, 2], [3, 4]])
cases = [
    ("inv singular", lambda: torch.linalg.inv(S)),
    ("inv zeros", lambda: torch.linalg.inv(torch.zeros(2, 2))),
    ("torch.inverse", lambda: torch.inverse(S)),
    ("inv batch", lambda: torch.linalg.inv(torch.stack([torch.eye(3), S]))),
    ("solve singular", lambda: torch.linalg.solve(S, torch.ones(3))),
    ("matrix_power -1", lambda: torch.linalg.matrix_power(S, -1)),
    ("cholesky", lambda: torch.linalg.cholesky(notpd)),
    ("cholesky batch", lambda: torch.linalg.cholesky(torch.stack([torch.eye(2), notpd]))),
    ("cholesky -I", lambda: torch.linalg.cholesky(-torch.eye(3))),
    ("lstsq gels rank", lambda: torch.linalg.lstsq(torch.tensor([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), torch.ones(3, 1), driver="gels")),
    ("det 2x3", lambda: torch.linalg.det(torch.ones(2, 3))),
    ("torch.det 2x3", lambda: torch.det(torch.ones(2, 3))),
    ("det 1-D", lambda: torch.linalg.det(torch.ones(3))),
    ("slogdet 2x3", lambda: torch.linalg.slogdet(torch.ones(2, 3))),
    ("logdet 2x3", lambda: torch.logdet(torch.ones(2, 3))),
    ("inv 2x3", lambda: torch.linalg.inv(torch.ones(2, 3))),
    ("eigh 2x3", lambda: torch.linalg.eigh(torch.ones(2, 3))),
    ("matrix_power 2x3", lambda: torch.linalg.matrix_power(torch.ones(2, 3), 2)),
    ("inv long", lambda: torch.linalg.inv(ints)),
    ("inv int32", lambda: torch.linalg.inv(ints.int())),
    ("inv bool", lambda: torch.linalg.inv(torch.eye(2).bool())),
    ("det long", lambda: torch.linalg.det(ints)),
    ("cholesky long", lambda: torch.linalg.cholesky(ints)),
    ("svd long", lambda: torch.linalg.svd(ints)),
    ("norm long", lambda: torch.linalg.norm(torch.tensor([3, 4]))),
    ("vector_norm long", lambda: torch.linalg.vector_norm(ints)),
    ("matrix_power -1 long", lambda: torch.linalg.matrix_power(ints, -1)),
    ("vecdot long", lambda: torch.linalg.vecdot(torch.tensor([1, 2]), torch.tensor([3, 4]))),
    ("solve b size", lambda: torch.linalg.solve(torch.eye(3), torch.ones(2))),
    ("solve B rows", lambda: torch.linalg.solve(torch.eye(3), torch.ones(2, 2))),
    ("solve 2x3", lambda: torch.linalg.solve(torch.ones(2, 3), torch.ones(2))),
    ("solve dtypes", lambda: torch.linalg.solve(torch.eye(2), torch.ones(2, dtype=torch.float64))),
    ("lstsq rows", lambda: torch.linalg.lstsq(torch.ones(3, 2), torch.ones(2, 1))),
    ("lstsq driver", lambda: torch.linalg.lstsq(torch.ones(3, 2), torch.ones(3, 1), driver="qr")),
    ("multi_dot one", lambda: torch.linalg.multi_dot([torch.ones(2, 2)])),
    ("multi_dot shapes", lambda: torch.linalg.multi_dot([torch.ones(2, 3), torch.ones(2, 3)])),
    ("multi_dot 3-D", lambda: torch.linalg.multi_dot([torch.ones(2, 3), torch.ones(2, 3, 3)])),
    ("linalg.cross size", lambda: torch.linalg.cross(torch.ones(3, 2), torch.ones(3, 2))),
    ("linalg.cross ndim", lambda: torch.linalg.cross(torch.ones(3), torch.ones(2, 3))),
    ("matrix_norm 1-D", lambda: torch.linalg.matrix_norm(torch.ones(3))),
    ("matrix_norm ord 3", lambda: torch.linalg.matrix_norm(torch.ones(3, 3), ord=3)),
    ("norm 'fro' on 1-D", lambda: torch.linalg.norm(torch.ones(3), ord="fro")),
    ("norm ord on 3-D", lambda: torch.linalg.norm(torch.ones(2, 2, 2), ord=2)),
    ("vector_norm inf empty", lambda: torch.linalg.vector_norm(torch.zeros(0), ord=float("inf"))),
    ("eigh UPLO", lambda: torch.linalg.eigh(torch.eye(2), UPLO="X")),
    ("qr mode", lambda: torch.linalg.qr(torch.eye(2), mode="full")),
    ("qr 'r' backward", lambda: torch.linalg.qr(torch.eye(2, requires_grad=True), mode="r").R.sum().backward()),
    ("qr complete backward", lambda: torch.linalg.qr(torch.ones(3, 2, requires_grad=True), mode="complete").Q.sum().backward()),
    ("matrix_rank long", lambda: torch.linalg.matrix_rank(ints)),
    ("pinv long", lambda: torch.linalg.pinv(ints)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except RuntimeError as e:
        print(label, "->", type(e).__name__, isinstance(e, torch.linalg.LinAlgError), "|", e)
try:
    torch.linalg.vector_norm(torch.ones(3), ord="fro")
except TypeError as e:
    print("TypeError:", e)
try:
    torch.norm(torch.ones(3), p="abc")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.linalg.inv(S)
except torch.linalg.LinAlgError as e:
    print("caught as LinAlgError:", e)
print(torch.linalg.inv_ex(S).info, torch.linalg.cholesky_ex(notpd).info, torch.linalg.solve_ex(S, torch.ones(3)).info)
