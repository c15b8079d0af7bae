# torch.linalg.solve with a right-hand side whose length does not match A: a plain RuntimeError that
# ends the program (the vector b is reported as an n x 1 matrix).
import torch

A = torch.tensor([[3.0, 1.0, 0.0], [1.0, 2.0, 0.5], [0.0, 0.5, 1.0]])
print(torch.linalg.solve(A, torch.tensor([1.0, 2.0, 3.0])))
print(torch.linalg.solve(A, torch.eye(3)).shape)
x = torch.linalg.solve(A, torch.tensor([1.0, 2.0, 3.0, 4.0]))
print("not reached", x)
