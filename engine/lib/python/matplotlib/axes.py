# One set of axes: what was drawn on it (lines, scatters, bars, spans) as plain data, and its
# labels, limits, scales, grid and legend. The page lays it out and draws it.
import math
import torch
from matplotlib import _style, rcParams


def _is_array(data):
    # numpy's ndarray and scalars, recognised without importing numpy
    return type(data).__module__ == 'numpy' and hasattr(data, 'tolist')


def _is_sequence(data):
    return isinstance(data, (list, tuple, range, torch.Tensor)) or (_is_array(data) and data.ndim > 0)


def _as_tensor_values(t):
    if t.requires_grad:
        # What numpy.asarray(t) says, which is where matplotlib sends a tensor.
        raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
    return t.tolist()


def _nested(data):
    """Tensors, lists, tuples, ranges and numbers as nested lists of numbers."""
    if isinstance(data, torch.Tensor):
        return _as_tensor_values(data)
    if _is_array(data):
        return data.tolist()
    if isinstance(data, (list, tuple, range)):
        return [_nested(v) for v in data]
    if isinstance(data, bool):
        return float(data)
    if isinstance(data, (int, float)):
        return data
    raise TypeError("float() argument must be a string or a real number, not '{}'".format(type(data).__name__))


def _number(v):
    v = float(v)
    return v if math.isfinite(v) else None


def values(data):
    """A 1-D series as a list of floats (None where not finite)."""
    v = _nested(data)
    if not isinstance(v, list):
        v = [v]
    if v and isinstance(v[0], list):
        if all(len(row) == 1 for row in v):
            v = [row[0] for row in v]
        else:
            raise ValueError('x and y can be no greater than 2D, but have shapes ({},) and ({},)'.format(len(v), len(v[0])))
    return [_number(x) for x in v]


def columns(data):
    """plot(y) with a 2-D y draws one line per column, as matplotlib does."""
    v = _nested(data)
    if not isinstance(v, list):
        return [[_number(v)]]
    if v and isinstance(v[0], list):
        n = len(v[0])
        return [[_number(row[j]) for row in v] for j in range(n)]
    return [[_number(x) for x in v]]


class Artist:
    def __init__(self, series):
        self._series = series

    def get_label(self):
        label = self._series.get('label')
        return label if label is not None else '_child' + str(self._series.get('child', 0))

    def set_label(self, label):
        self._series['label'] = None if label is None else str(label)

    def get_color(self):
        return self._series.get('color')

    def set_color(self, c):
        self._series['color'] = _style.color(c)

    def remove(self):
        self._series['removed'] = True


class Line2D(Artist):
    def get_xdata(self):
        return list(self._series['x'])

    def get_ydata(self):
        return list(self._series['y'])

    def set_data(self, x, y):
        self._series['x'], self._series['y'] = values(x), values(y)

    def set_ydata(self, y):
        self._series['y'] = values(y)

    def set_xdata(self, x):
        self._series['x'] = values(x)

    def __repr__(self):
        return 'Line2D({})'.format(self.get_label())


class PathCollection(Artist):
    pass


class BarContainer(Artist):
    def __init__(self, series, n):
        super().__init__(series)
        self._n = n

    def __len__(self):
        return self._n

    def __repr__(self):
        return '<BarContainer object of {} artists>'.format(self._n)


class Text(Artist):
    def __repr__(self):
        return 'Text({}, {}, {!r})'.format(self._series.get('x', 0), self._series.get('y', 0), self._series.get('text', ''))


class Axes:
    # No reference back to the figure: the interpreter has no cycle collector, and a figure and
    # its axes pointing at each other would never be freed.
    def __init__(self, nrows=1, ncols=1, index=1):
        self._grid = (nrows, ncols, index)
        self._series = []
        self._children = 0
        self._cycle = 0
        self._title = ''
        self._xlabel = ''
        self._ylabel = ''
        self._xlim = None
        self._ylim = None
        self._xscale = 'linear'
        self._yscale = 'linear'
        self._grid_on = bool(rcParams.get('axes.grid', False))
        self._legend = None
        self._xticks = None
        self._yticks = None

    def __repr__(self):
        if self._title:
            return "<AxesSubplot: title={{'center': {!r}}}>".format(self._title)
        return '<AxesSubplot: >'

    def _next_color(self):
        c = _style.CYCLE[self._cycle % len(_style.CYCLE)]
        self._cycle += 1
        return c

    def _add(self, series):
        # matplotlib names an unlabelled artist '_child<n>', n counting the axes' children so far
        # (each bar of a bar chart is one); names starting with '_' stay out of the legend.
        series['child'] = self._children
        self._children += len(series['height']) if series.get('kind') == 'bar' else 1
        self._series.append(series)
        return series

    # ---- drawing ---------------------------------------------------------------------------

    def plot(self, *args, scalex=True, scaley=True, data=None, **kwargs):
        groups = []
        rest = list(args)
        while rest:
            if len(rest) >= 2 and not isinstance(rest[1], str):
                x, y = rest[0], rest[1]
                rest = rest[2:]
            else:
                x, y = None, rest[0]
                rest = rest[1:]
            fmt = ''
            if rest and isinstance(rest[0], str):
                fmt = rest[0]
                rest = rest[1:]
            groups.append((x, y, fmt))
        lines = []
        for x, y, fmt in groups:
            c, ls, marker = _style.parse_format(fmt)
            ys = columns(y)
            xs = [list(range(len(col))) for col in ys] if x is None else columns(x)
            if len(xs) == 1 and len(ys) > 1:
                xs = xs * len(ys)
            for xcol, ycol in zip(xs, ys):
                if len(xcol) != len(ycol):
                    raise ValueError('x and y must have same first dimension, but have shapes ({},) and ({},)'.format(
                        len(xcol), len(ycol)))
                lines.append(Line2D(self._add(self._line(xcol, ycol, c, ls, marker, kwargs))))
        return lines

    def _line(self, x, y, c, ls, marker, kwargs):
        color = kwargs.get('color', kwargs.get('c', c))
        style = kwargs.get('linestyle', kwargs.get('ls', ls))
        return {
            'kind': 'line', 'x': x, 'y': y,
            'label': _label(kwargs.get('label')),
            'color': _style.color(color) if color is not None else self._next_color(),
            'linestyle': _style.linestyle(style) if style is not None else '-',
            'marker': kwargs.get('marker', marker) or '',
            'linewidth': float(kwargs.get('linewidth', kwargs.get('lw', rcParams['lines.linewidth']))),
            'markersize': float(kwargs.get('markersize', kwargs.get('ms', rcParams['lines.markersize']))),
            'alpha': _alpha(kwargs.get('alpha')),
        }

    def semilogy(self, *args, **kwargs):
        lines = self.plot(*args, **kwargs)
        self.set_yscale('log')
        return lines

    def semilogx(self, *args, **kwargs):
        lines = self.plot(*args, **kwargs)
        self.set_xscale('log')
        return lines

    def loglog(self, *args, **kwargs):
        lines = self.plot(*args, **kwargs)
        self.set_xscale('log')
        self.set_yscale('log')
        return lines

    def scatter(self, x, y, s=None, c=None, marker='o', cmap=None, vmin=None, vmax=None, alpha=None,
                label=None, color=None, edgecolors=None, **kwargs):
        xs, ys = values(x), values(y)
        if len(xs) != len(ys):
            raise ValueError('x and y must be the same size')
        series = {'kind': 'scatter', 'x': xs, 'y': ys, 'label': _label(label), 'marker': marker or 'o',
                  'alpha': _alpha(alpha)}
        c = color if c is None else c
        if c is not None and not isinstance(c, str) and _is_sequence(c) and len(values(c)) == len(xs) \
                and not (isinstance(c, (tuple, list)) and len(c) in (3, 4) and all(isinstance(v, float) for v in c)
                         and len(xs) not in (3, 4)):
            series['colors'] = _style.colormap(values(c), vmin, vmax)
            series['color'] = series['colors'][0] if series['colors'] else None
        else:
            series['color'] = _style.color(c) if c is not None else self._next_color()
        if s is None:
            series['size'] = rcParams['lines.markersize'] ** 2
        elif _is_sequence(s):
            series['sizes'] = values(s)
            series['size'] = series['sizes'][0] if series['sizes'] else 0
        else:
            series['size'] = float(s)
        return PathCollection(self._add(series))

    def bar(self, x, height, width=0.8, bottom=None, align='center', color=None, label=None, alpha=None,
            edgecolor=None, tick_label=None, **kwargs):
        labels = None
        if isinstance(x, (list, tuple)) and x and all(isinstance(v, str) for v in x):
            labels, xs = list(x), [float(i) for i in range(len(x))]
        else:
            xs = values(x)
        n = len(xs)
        heights = values(height) if _is_sequence(height) else [float(height)] * n
        widths = values(width) if _is_sequence(width) else [float(width)] * n
        bottoms = [0.0] * n if bottom is None else (values(bottom) if _is_sequence(bottom) else [float(bottom)] * n)
        if len(heights) != n:
            raise ValueError('shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between '
                             'arg 0 with shape ({},) and arg 1 with shape ({},).'.format(n, len(heights)))
        lefts = [xv - w / 2 if align == 'center' else xv for xv, w in zip(xs, widths)]
        series = {'kind': 'bar', 'left': lefts, 'width': widths, 'bottom': bottoms, 'height': heights,
                  'label': _label(label), 'alpha': _alpha(alpha),
                  'color': _style.color(color) if color is not None and isinstance(color, str) else self._next_color(),
                  'edgecolor': _style.color(edgecolor) if isinstance(edgecolor, str) else None}
        if tick_label is not None:
            labels = list(tick_label)
        if labels is not None:
            series['ticklabels'] = {'at': xs, 'labels': [str(v) for v in labels]}
        return BarContainer(self._add(series), n)

    def hist(self, x, bins=10, range=None, density=False, weights=None, cumulative=False, histtype='bar',
             color=None, label=None, alpha=None, edgecolor=None, rwidth=None, **kwargs):
        data = [v for v in values(x) if v is not None]
        w = [1.0] * len(data) if weights is None else values(weights)
        if isinstance(bins, int):
            if range is not None:
                lo, hi = float(range[0]), float(range[1])
            elif data:
                lo, hi = min(data), max(data)
            else:
                lo, hi = 0.0, 1.0
            if lo == hi:
                lo, hi = lo - 0.5, hi + 0.5
            # numpy.histogram's edges: linspace(lo, hi, bins + 1), k * step + lo, the last one hi.
            step = (hi - lo) / bins
            edges = [k * step + lo for k in _builtin_range(bins)] + [hi]
        else:
            edges = values(bins)
        nbins = len(edges) - 1
        counts = [0.0] * nbins
        for v, weight in zip(data, w):
            if v < edges[0] or v > edges[-1]:
                continue
            k = _bin_of(edges, v)
            counts[k] += weight
        if density:
            total = sum(counts)
            counts = [c / (total * (edges[k + 1] - edges[k])) if total else 0.0 for k, c in enumerate(counts)]
        if cumulative:
            running = 0.0
            for k in _builtin_range(nbins):
                running += counts[k]
                counts[k] = running
        widths = [edges[k + 1] - edges[k] for k in _builtin_range(nbins)]
        if rwidth is not None:
            lefts = [edges[k] + widths[k] * (1 - rwidth) / 2 for k in _builtin_range(nbins)]
            widths = [wd * rwidth for wd in widths]
        else:
            lefts = edges[:-1]
        series = {'kind': 'bar', 'left': lefts, 'width': widths, 'bottom': [0.0] * nbins, 'height': counts,
                  'label': _label(label), 'alpha': _alpha(alpha), 'histtype': histtype,
                  'color': _style.color(color) if isinstance(color, str) else self._next_color(),
                  'edgecolor': _style.color(edgecolor) if isinstance(edgecolor, str) else None}
        patches = BarContainer(self._add(series), nbins)
        import numpy   # matplotlib hands back numpy arrays
        return numpy.array(counts), numpy.array(edges), patches

    def axhline(self, y=0, xmin=0, xmax=1, color=None, linestyle=None, ls=None, linewidth=None, lw=None,
                label=None, alpha=None, **kwargs):
        return Line2D(self._add(self._span('hline', y, color, linestyle or ls, linewidth or lw, label, alpha)))

    def axvline(self, x=0, ymin=0, ymax=1, color=None, linestyle=None, ls=None, linewidth=None, lw=None,
                label=None, alpha=None, **kwargs):
        return Line2D(self._add(self._span('vline', x, color, linestyle or ls, linewidth or lw, label, alpha)))

    def _span(self, kind, at, color, ls, lw, label, alpha):
        return {'kind': kind, 'at': _number(at), 'label': _label(label), 'alpha': _alpha(alpha),
                'color': _style.color(color) if color is not None else self._next_color(),
                'linestyle': _style.linestyle(ls) if ls is not None else '-',
                'linewidth': float(lw) if lw is not None else rcParams['lines.linewidth']}

    def fill_between(self, x, y1, y2=0, alpha=None, color=None, label=None, **kwargs):
        xs, lows = values(x), values(y1)
        highs = values(y2) if _is_sequence(y2) else [float(y2)] * len(xs)
        series = {'kind': 'area', 'x': xs, 'y1': lows, 'y2': highs, 'label': _label(label),
                  'alpha': _alpha(alpha), 'color': _style.color(color) if color is not None else self._next_color()}
        return PathCollection(self._add(series))

    def text(self, x, y, s, fontsize=None, color=None, **kwargs):
        series = {'kind': 'text', 'x': _number(x), 'y': _number(y), 'text': str(s),
                  'color': _style.color(color) if color is not None else '#000000',
                  'fontsize': float(fontsize) if isinstance(fontsize, (int, float)) else rcParams['font.size']}
        return Text(self._add(series))

    # ---- decoration ------------------------------------------------------------------------

    def set_title(self, label, fontsize=None, loc=None, **kwargs):
        self._title = str(label)
        return Text({'text': self._title})

    def get_title(self):
        return self._title

    def set_xlabel(self, xlabel, fontsize=None, **kwargs):
        self._xlabel = str(xlabel)
        return Text({'text': self._xlabel})

    def set_ylabel(self, ylabel, fontsize=None, **kwargs):
        self._ylabel = str(ylabel)
        return Text({'text': self._ylabel})

    def get_xlabel(self):
        return self._xlabel

    def get_ylabel(self):
        return self._ylabel

    def set_xlim(self, left=None, right=None, **kwargs):
        self._xlim = _limits(self._xlim, left, right, kwargs.get('xmin'), kwargs.get('xmax'))
        return tuple(self._xlim)

    def set_ylim(self, bottom=None, top=None, **kwargs):
        self._ylim = _limits(self._ylim, bottom, top, kwargs.get('ymin'), kwargs.get('ymax'))
        return tuple(self._ylim)

    def get_xlim(self):
        return tuple(self._xlim) if self._xlim else _extent(self._series, 'x')

    def get_ylim(self):
        return tuple(self._ylim) if self._ylim else _extent(self._series, 'y')

    def set_xscale(self, value, **kwargs):
        self._xscale = _scale(value)

    def set_yscale(self, value, **kwargs):
        self._yscale = _scale(value)

    def grid(self, visible=None, which='major', axis='both', **kwargs):
        self._grid_on = (not self._grid_on) if visible is None and not kwargs else (visible is not False)

    def legend(self, *args, loc='best', fontsize=None, **kwargs):
        if args:
            handles = args[0] if len(args) == 2 else None
            labels = args[1] if len(args) == 2 else args[0]
            drawn = [s for s in self._series if s['kind'] != 'text']
            if handles is not None:
                drawn = [h._series for h in handles]
            for s, text in zip(drawn, labels):
                s['label'] = str(text)
        self._legend = {'loc': str(loc)}
        return None

    def set_xticks(self, ticks, labels=None, **kwargs):
        self._xticks = {'at': values(ticks), 'labels': None if labels is None else [str(v) for v in labels]}

    def set_yticks(self, ticks, labels=None, **kwargs):
        self._yticks = {'at': values(ticks), 'labels': None if labels is None else [str(v) for v in labels]}

    def set_aspect(self, aspect, **kwargs):
        pass

    def cla(self):
        self.__init__(*self._grid)

    clear = cla

    def _spec(self):
        nrows, ncols, index = self._grid
        spec = {'nrows': nrows, 'ncols': ncols, 'index': index, 'title': self._title,
                'xlabel': self._xlabel, 'ylabel': self._ylabel, 'xlim': self._xlim, 'ylim': self._ylim,
                'xscale': self._xscale, 'yscale': self._yscale, 'grid': self._grid_on,
                'legend': self._legend, 'series': [s for s in self._series if not s.get('removed')]}
        if self._xticks is not None:
            spec['xticks'] = self._xticks
        if self._yticks is not None:
            spec['yticks'] = self._yticks
        return spec


_builtin_range = range


def _bin_of(edges, v):
    # numpy.histogram's bins: [edge k, edge k+1), the last one closed.
    lo, hi = 0, len(edges) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if v >= edges[mid]:
            lo = mid
        else:
            hi = mid
    return min(lo, len(edges) - 2)


def _label(label):
    if label is None:
        return None
    label = str(label)
    return None if label.startswith('_') else label


def _alpha(alpha):
    if alpha is None:
        return 1.0
    alpha = float(alpha)
    if not 0 <= alpha <= 1:
        raise ValueError('alpha ({}) is outside 0-1 range'.format(alpha))
    return alpha


def _limits(current, low, high, kw_low, kw_high):
    if isinstance(low, (tuple, list)):
        low, high = low
    low = kw_low if low is None else low
    high = kw_high if high is None else high
    old = current or [None, None]
    return [_number(low) if low is not None else old[0], _number(high) if high is not None else old[1]]


def _scale(value):
    if value not in ('linear', 'log', 'symlog', 'logit'):
        raise ValueError("{!r} is not a valid value for scale; supported values are 'linear', 'log', 'symlog', "
                         "'asinh', 'logit', 'function', 'functionlog'".format(value))
    return 'log' if value == 'log' else 'linear'


def _extent(series, axis):
    points = []
    for s in series:
        if axis in s and isinstance(s[axis], list):
            points += [v for v in s[axis] if v is not None]
    if not points:
        return (0.0, 1.0)
    lo, hi = min(points), max(points)
    pad = (hi - lo) * 0.05 or 0.05
    return (lo - pad, hi + pad)
