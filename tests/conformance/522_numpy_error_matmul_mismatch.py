import numpy as np

A = np.ones((2, 3))
B = np.ones((3, 4))
print((A @ B).shape)
try:
    np.dot(A, A)
except ValueError as e:
    print("caught:", e)
try:
    np.ones(3) @ np.ones(4)
except ValueError as e:
    print("caught:", e)
print(np.matmul(A, B).sum(), (B.T @ A.T).shape)
C = np.ones((2, 4))
print(A @ C)
