import numpy as np
import torch

# Two-layer network written with numpy, checked against the same weights in torch
np.random.seed(7)
X = np.random.randn(4, 3)
W1 = np.random.randn(3, 5) * 0.5
b1 = np.zeros(5)
W2 = np.random.randn(5, 2) * 0.5
b2 = np.array([0.1, -0.1])

def relu(z):
    return np.where(z > 0, z, 0.0)

h = relu(X @ W1 + b1)
out = h @ W2 + b2
print("hidden:\n", h.round(4))
print("out:\n", out)
probs = np.exp(out) / np.exp(out).sum(axis=1, keepdims=True)
print("probs:", probs.round(3).tolist())
print("predicted class:", probs.argmax(axis=1), "confidence:", probs.max(axis=1))

tX = torch.from_numpy(X)
tW1 = torch.from_numpy(W1).requires_grad_()
tW2 = torch.from_numpy(W2).requires_grad_()
t_out = torch.relu(tX @ tW1 + torch.from_numpy(b1)) @ tW2 + torch.from_numpy(b2)
print(t_out)
print("same:", np.allclose(t_out.detach().numpy(), out))
labels = np.array([0, 1, 1, 0])
loss = torch.nn.functional.cross_entropy(t_out, torch.from_numpy(labels))
print("loss:", loss.item(), type(loss.item()))
loss.backward()
g1 = tW1.grad.numpy()
print("grad W1 shape", g1.shape, "norm", np.sqrt((g1 ** 2).sum()))
print(tW2.grad.numpy().round(5))
np_loss = -np.log(probs[np.arange(4), labels]).mean()
print("numpy loss:", np_loss, np.allclose(np_loss, loss.item()))
acc = (probs.argmax(axis=1) == labels).mean()
print(f"accuracy {acc:.2f}", acc, type(acc))
