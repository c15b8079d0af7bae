# The memory benchmark cell, run after the setup of bench/nn_train.py (its model, data, loss and
# optimizer): a training function the harness calls twice, train(500) and then train(4500),
# reading the process's memory after each; flat means nothing is kept per step.
def train(steps):
    for step in range(steps):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
    return loss.item()
