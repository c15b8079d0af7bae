import warnings

def risky(x):
    warnings.warn(f"negative input {x}")
    return x

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(-1)
    risky(-2)
print(len(caught), [w.category.__name__ for w in caught])
print(str(caught[0].message), str(caught[1].message))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    risky(-3)
print("done")
