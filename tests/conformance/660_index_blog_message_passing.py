# "Graph neural networks without a library": one round of message passing on a tiny graph
# with index_select to gather neighbours and index_add_ / scatter_add to sum messages.
import torch

# a directed edge list (src -> dst) for 4 nodes
edges = torch.tensor([[0, 1, 2, 2, 3, 0],
                      [1, 2, 0, 3, 2, 2]])
src, dst = edges
feats = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
W = torch.tensor([[0.5, -1.0], [1.0, 0.25]], requires_grad=True)

msgs = feats.index_select(0, src) @ W
print("messages:\n", msgs)
agg = torch.zeros(4, 2).index_add(0, dst, msgs)
print("summed at each node:\n", agg)
deg = torch.zeros(4).scatter_add(0, dst, torch.ones(dst.numel()))
print("in-degree:", deg)
mean = agg / deg.clamp(min=1).unsqueeze(1)
print("mean aggregation:\n", mean)

# the same sum with scatter_add on an expanded index
agg2 = torch.zeros(4, 2).scatter_add(0, dst.unsqueeze(1).expand(-1, 2), msgs)
print("scatter_add agrees:", torch.equal(agg, agg2))

# the dense way: adjacency matrix from the edge list
A = torch.zeros(4, 4)
A[dst, src] = 1.0
print(A)
print("dense agrees:", torch.allclose(A @ (feats @ W), agg))

# train W a little so that the aggregated embeddings move towards fixed targets
target = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0], [0.5, 0.5]])
for step in range(3):
    h = torch.tanh(torch.zeros(4, 2).index_add(0, dst, feats[src] @ W))
    loss = ((h - target) ** 2).mean()
    loss.backward()
    g = ", ".join(f"{v:.4f}" for v in W.grad.flatten().tolist())
    print(f"step {step}: loss {loss.item():.4f} grad [{g}]")
    with torch.no_grad():
        W -= 0.5 * W.grad
    W.grad = None
print(W)
print("nodes with no incoming edge:", (deg == 0).nonzero(as_tuple=True)[0])
print("edges into node 2:", src[dst == 2], torch.argwhere(dst == 2).flatten())
