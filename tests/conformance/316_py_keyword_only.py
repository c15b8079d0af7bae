def train(model, *, lr=0.1, epochs):
    return f"{model}: lr={lr} epochs={epochs}"

print(train("mlp", epochs=3))
print(train("cnn", lr=0.01, epochs=1))
print(train(epochs=2, model="rnn"))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def f(*args, scale=1):
    return [a * scale for a in args]
print(f(1, 2, 3), f(1, 2, scale=10))
