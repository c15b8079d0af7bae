import numpy as np

u = np.array([1.0, 2.0, 3.0])
v = np.array([4.0, -5.0, 6.0])
print(np.dot(u, v), type(np.dot(u, v)), u.dot(v), u @ v)
i = np.array([1, 2, 3])
print(np.dot(i, i), type(np.dot(i, i)), np.dot(i, u), np.dot(2, u), np.dot(3, 4))

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
B = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])
print(A @ B)
print(np.matmul(B, A))
print(np.dot(A, B).shape, (B @ A).shape)
print(A @ np.array([1.0, -1.0]), np.array([1.0, 1.0, 1.0]) @ A)
print(np.dot(A, np.array([0.5, 0.5])), np.matmul(np.array([1, 0, 0]), A))
print(A.T @ A)
print(A.dot(B).dot(A))

# integer and float32 matrices keep their dtypes
M = np.array([[1, 2], [3, 4]])
print(repr(M @ M), repr(M @ np.eye(2)))
F = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
print(repr(F @ F), repr(F @ M), repr(F @ np.eye(2)))
print(repr(np.dot(F[0], F[1])), type(np.dot(F[0], F[1])))

# batched matmul
batch = np.arange(12.0).reshape(3, 2, 2)
print(batch @ np.eye(2))
print(np.matmul(batch, np.array([1.0, 1.0])))
print((batch @ batch).shape, (batch @ np.ones((2, 5))).shape)

# outer
print(np.outer(u, v))
print(np.outer(np.array([1, 2]), np.array([3, 4, 5])))
print(repr(np.outer(np.arange(3), np.array([0.5]))))

# a tiny linear layer by hand
W = np.array([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]])
x = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])
b = np.array([0.01, -0.02])
h = x @ W + b
print(h)
print(np.where(h > 0, h, 0.0))
