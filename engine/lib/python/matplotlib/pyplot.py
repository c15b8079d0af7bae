# matplotlib.pyplot's state machine: the current figure and axes, and the functions that draw on
# them. show() hands the open figures to the page and closes them; whatever is still open when
# a cell ends is shown then (engine/session/session.cpp calls _show_open_figures).
import _display
import matplotlib
from matplotlib import rcParams
from matplotlib.figure import Figure

_figures = []   # open figures, oldest first
_current = None


def figure(num=None, figsize=None, dpi=None, **kwargs):
    global _current
    if isinstance(num, Figure):
        _current = num
        return num
    if num is not None:
        for f in _figures:
            if f.number == num:
                _current = f
                return f
    number = num if isinstance(num, int) else max([f.number for f in _figures] + [0]) + 1
    _current = Figure(figsize=figsize, dpi=dpi, number=number)
    _figures.append(_current)
    return _current


def gcf():
    return _current if _current is not None else figure()


def gca():
    return gcf().gca()


def subplots(nrows=1, ncols=1, sharex=False, sharey=False, squeeze=True, figsize=None, dpi=None, **kwargs):
    fig = figure(figsize=figsize, dpi=dpi)
    return fig, fig.subplots(nrows, ncols, sharex=sharex, sharey=sharey, squeeze=squeeze)


def subplot(*args, **kwargs):
    return gcf().add_subplot(*args, **kwargs)


def show(*args, **kwargs):
    global _current
    for f in _figures:
        _display.show('figure', f._spec())
    _figures.clear()
    _current = None


def _show_open_figures():
    show()


def close(fig=None):
    global _current
    if fig is None or fig == 'all':
        targets = list(_figures) if fig == 'all' else ([_current] if _current is not None else [])
    else:
        targets = [f for f in _figures if f is fig or f.number == fig]
    for f in targets:
        _figures.remove(f)
    if _current in targets:
        _current = _figures[-1] if _figures else None


def clf():
    gcf().clf()


def cla():
    gca().cla()


def savefig(*args, **kwargs):
    pass  # no files in the browser; the figure is shown when the cell ends or at show()


def draw():
    pass


def pause(interval):
    pass  # live-updating plots show their last state when the cell ends


def ion():
    pass


def ioff():
    pass


def tight_layout(**kwargs):
    pass


def suptitle(t, **kwargs):
    gcf().suptitle(t, **kwargs)


# Drawing and decoration on the current axes.
def plot(*args, **kwargs):
    return gca().plot(*args, **kwargs)


def semilogy(*args, **kwargs):
    return gca().semilogy(*args, **kwargs)


def semilogx(*args, **kwargs):
    return gca().semilogx(*args, **kwargs)


def loglog(*args, **kwargs):
    return gca().loglog(*args, **kwargs)


def scatter(*args, **kwargs):
    return gca().scatter(*args, **kwargs)


def bar(*args, **kwargs):
    return gca().bar(*args, **kwargs)


def hist(*args, **kwargs):
    return gca().hist(*args, **kwargs)


def axhline(*args, **kwargs):
    return gca().axhline(*args, **kwargs)


def axvline(*args, **kwargs):
    return gca().axvline(*args, **kwargs)


def fill_between(*args, **kwargs):
    return gca().fill_between(*args, **kwargs)


def text(*args, **kwargs):
    return gca().text(*args, **kwargs)


def title(label, **kwargs):
    return gca().set_title(label, **kwargs)


def xlabel(label, **kwargs):
    return gca().set_xlabel(label, **kwargs)


def ylabel(label, **kwargs):
    return gca().set_ylabel(label, **kwargs)


def xlim(*args, **kwargs):
    if not args and not kwargs:
        return gca().get_xlim()
    return gca().set_xlim(*args, **kwargs)


def ylim(*args, **kwargs):
    if not args and not kwargs:
        return gca().get_ylim()
    return gca().set_ylim(*args, **kwargs)


def xscale(value, **kwargs):
    gca().set_xscale(value, **kwargs)


def yscale(value, **kwargs):
    gca().set_yscale(value, **kwargs)


def xticks(ticks=None, labels=None, **kwargs):
    if ticks is not None:
        gca().set_xticks(ticks, labels)


def yticks(ticks=None, labels=None, **kwargs):
    if ticks is not None:
        gca().set_yticks(ticks, labels)


def grid(visible=None, which='major', axis='both', **kwargs):
    gca().grid(visible, which, axis, **kwargs)


def legend(*args, **kwargs):
    return gca().legend(*args, **kwargs)


class _Style:
    available = ['default', 'classic', 'ggplot', 'seaborn', 'fivethirtyeight', 'bmh', 'dark_background']

    def use(self, style):
        pass  # the page draws in one style


style = _Style()
