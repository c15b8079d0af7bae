class ConfigError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad value {s!r}") from e

print(parse("12"))
try:
    parse("x")
except ConfigError as e:
    print(type(e).__name__, e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(type(e).__name__, e)
parse("3.5")
