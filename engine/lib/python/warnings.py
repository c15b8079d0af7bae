# warnings: warn, simplefilter/filterwarnings ("ignore", "always", "default", "error") and
# catch_warnings, over _warnings, which prints CPython's "file:line: Category: text" once per place.
import _warnings

_filters = []          # (action, category), newest first
_recorders = []        # the lists of catch_warnings(record=True), innermost last


class WarningMessage:
    def __init__(self, message, category, filename=None, lineno=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        return "{{message : {!r}, category : {!r}}}".format(self.message, self.category.__name__)


def _action_for(category):
    for action, cat in _filters:
        if cat is None or issubclass(category, cat):
            return action
    return 'default'


def warn(message, category=None, stacklevel=1):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    action = _action_for(category)
    if action == 'ignore':
        return
    if action == 'error':
        raise message if isinstance(message, Warning) else category(message)
    if _recorders:
        text = message if isinstance(message, Warning) else category(message)
        _recorders[-1].append(WarningMessage(text, category))
        return
    _warnings.warn(message, category, stacklevel)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError("invalid action: {!r}".format(action))
    entry = (action, category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    del _filters[:]


class catch_warnings:
    def __init__(self, *, record=False, module=None):
        self._record = record

    def __enter__(self):
        self._saved = list(_filters)
        if self._record:
            log = []
            _recorders.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        _filters[:] = self._saved
        if self._record:
            _recorders.pop()
        return False
