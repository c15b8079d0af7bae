# A singular matrix reaches torch.linalg.inv outside any try: the program ends with a
# torch._C._LinAlgError (torch.linalg.LinAlgError) naming the zero pivot of the LU factorisation.
import torch

A = torch.tensor([[2.0, 1.0, 0.0], [4.0, 2.0, 0.0], [1.0, 1.0, 1.0]], requires_grad=True)
print(torch.linalg.det(A), torch.linalg.matrix_rank(A.detach()))
print(torch.linalg.slogdet(A))
print(torch.linalg.inv_ex(A).info)
Ainv = torch.linalg.inv(A)
print("not reached", Ainv)
