# warnings: the part of CPython's module that PyTorch and tutorials call.
import _warnings


class Warning(Exception):
    pass


class UserWarning(Warning):
    pass


class DeprecationWarning(Warning):
    pass


class FutureWarning(Warning):
    pass


class RuntimeWarning(Warning):
    pass


def warn(message, category=None, stacklevel=1):
    _warnings.warn(message, category, stacklevel)


def filterwarnings(*args, **kwargs):
    pass


def simplefilter(*args, **kwargs):
    pass
