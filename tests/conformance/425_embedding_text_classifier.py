import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

class BagOfEmbeddings(nn.Module):
    def __init__(self, vocab_size, dim, num_classes):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.fc = nn.Linear(dim, num_classes)

    def forward(self, tokens):
        e = self.embed(tokens)
        pooled = e.mean(dim=1)
        return self.fc(pooled)

torch.manual_seed(13)
model = BagOfEmbeddings(vocab_size=12, dim=6, num_classes=2)
print(model)
tokens = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [1, 3, 2, 9], [6, 10, 11, 5]])
labels = torch.tensor([0, 1, 0, 1])
opt = optim.SGD(model.parameters(), lr=0.5)
for step in range(8):
    logits = model(tokens)
    loss = F.cross_entropy(logits, labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(model.embed.weight.grad[0])
print(model.embed.weight.grad[0].abs().sum().item())
with torch.no_grad():
    pred = model(tokens).argmax(dim=1)
print(pred)
print((pred == labels).float().mean().item())
print(model(tokens).shape)
