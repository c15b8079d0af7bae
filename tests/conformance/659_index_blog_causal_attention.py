# "Self-attention from scratch": scores with einsum and bmm, a causal mask built with triu,
# softmax, and a cross-entropy computed by hand with gather.
import torch


def show(t):
    for row in t.detach().reshape(-1, t.shape[-1]).tolist():
        print("  " + " ".join(f"{v:8.4f}" for v in row))


torch.manual_seed(2)
B, T, D, V = 2, 4, 3, 5
x = torch.randn(B, T, D)
Wq = torch.randn(D, D, requires_grad=True)
Wk = torch.randn(D, D, requires_grad=True)
Wv = torch.randn(D, D, requires_grad=True)
Wo = torch.randn(D, V, requires_grad=True)

q, k, v = x @ Wq, x @ Wk, x @ Wv
scores = torch.einsum("btd,bsd->bts", q, k) / D ** 0.5
print("einsum == bmm:", torch.allclose(scores, torch.bmm(q, k.transpose(1, 2)) / D ** 0.5, atol=1e-6))
causal = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
print(causal)
scores = scores.masked_fill(causal, float("-inf"))
show(scores[0])
attn = torch.softmax(scores, dim=-1)
print("attention, batch 0:")
show(attn[0])
print("rows sum to 1:", torch.allclose(attn.sum(-1), torch.ones(B, T)))
ctx = torch.bmm(attn, v)
logits = ctx @ Wo
print("logits", tuple(logits.shape), type(logits.grad_fn).__name__)

# next-token targets; pick each target's log-probability with gather
targets = torch.tensor([[1, 3, 0, 4], [2, 2, 1, 0]])
logp = torch.log_softmax(logits, dim=-1)
picked = logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1)
print("picked log-probs:")
show(picked)
loss = -picked.mean()
ref = torch.nn.functional.cross_entropy(logits.reshape(-1, V), targets.reshape(-1))
print(f"loss {loss.item():.4f}  F.cross_entropy {ref.item():.4f}")
loss.backward()
for name, p in [("Wq", Wq), ("Wk", Wk), ("Wv", Wv), ("Wo", Wo)]:
    print(name, "grad:")
    show(p.grad)

# the mask really blocks the future: position 0 cannot see any later token
x2 = x.clone()
x2[:, 1:] += 10.0
with torch.no_grad():
    s2 = torch.einsum("btd,bsd->bts", x2 @ Wq, x2 @ Wk).masked_fill(causal, float("-inf"))
    c2 = torch.bmm(torch.softmax(s2, -1), x2 @ Wv)
print("first position unchanged:", torch.allclose(c2[:, 0], ctx[:, 0]))
