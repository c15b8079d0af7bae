# Edge cases of torch.linalg: empty and 1x1 matrices, transposed (non-contiguous) inputs, float32
# overflow in det where slogdet still works, float64 results, dtypes of rank / info outputs.
import torch

E = torch.zeros(0, 0)
print(torch.linalg.det(E), torch.linalg.inv(E), torch.linalg.svdvals(E), torch.linalg.matrix_norm(E))
print(torch.linalg.slogdet(E))
print(torch.linalg.eigh(E))
print(torch.linalg.det(torch.zeros(3, 0, 0)), torch.linalg.matrix_rank(torch.zeros(0, 3)), torch.linalg.pinv(torch.zeros(0, 3)).shape)
print(torch.linalg.qr(torch.zeros(0, 2)))
print(torch.linalg.norm(torch.zeros(0)), torch.linalg.vector_norm(torch.zeros(2, 0), dim=1))
one = torch.tensor([[-4.0]])
print(torch.linalg.det(one), torch.linalg.inv(one), torch.linalg.slogdet(one), torch.linalg.svd(one), sep="\n")
print(torch.linalg.eigh(one), torch.linalg.cholesky(torch.tensor([[9.0]])), torch.linalg.qr(one), sep="\n")

A = torch.tensor([[4.0, 1.0], [2.0, 3.0]])
At = A.T
print(At.is_contiguous(), torch.linalg.det(At), torch.linalg.inv(At), torch.linalg.solve(At, torch.tensor([1.0, 1.0])))
print(torch.linalg.eigvalsh(At @ A), torch.linalg.svdvals(At), torch.linalg.matrix_norm(At, ord=1))
Xt = torch.tensor([[4.0, 2.0], [1.0, 3.0]], requires_grad=True)
torch.linalg.det(Xt.T).backward()
print(Xt.grad)

big = torch.eye(50) * 10
print(torch.linalg.det(big), torch.linalg.slogdet(big), torch.linalg.det(big.double()), sep="\n")
huge = torch.tensor([[1e20, 0.0], [0.0, 1e20]])
print(torch.linalg.det(huge), torch.linalg.slogdet(huge).logabsdet, torch.linalg.norm(huge))
print(torch.linalg.vector_norm(torch.tensor([3e30, 4e30])), torch.linalg.vector_norm(torch.tensor([3e-30, 4e-30])))
print(torch.linalg.det(torch.tensor([[float("nan"), 1.0], [1.0, 1.0]])), torch.linalg.norm(torch.tensor([float("inf"), 1.0])))

D = torch.tensor([[2.0, 1.0], [1.0, 3.0]], dtype=torch.float64)
print(torch.linalg.det(D), torch.linalg.inv(D), torch.linalg.eigvalsh(D), torch.linalg.svdvals(D), sep="\n")
print(torch.linalg.norm(D).dtype, torch.linalg.matrix_rank(D).dtype, torch.linalg.inv_ex(D).info.dtype, torch.linalg.lstsq(D, D).rank.dtype)
print(torch.linalg.norm(D, ord="nuc"), torch.linalg.cholesky(D), sep="\n")
print(torch.linalg.slogdet(torch.tensor([[0.0, 1.0], [1.0, 0.0]], dtype=torch.float64)))
Dg = D.clone().requires_grad_()
torch.linalg.det(Dg).backward()
print(Dg.grad)
