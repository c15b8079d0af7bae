import warnings

def risky(x):
    if x < 0:
        warnings.warn(f"negative input {x}")
    return abs(x)

print(risky(3))
print(risky(-4))
print("done")
