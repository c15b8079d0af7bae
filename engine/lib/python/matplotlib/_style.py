# Colours, format strings ('r--', 'bo') and the colour map of scatter's c=, as matplotlib reads them.

# matplotlib's default property cycle ('tab10').
CYCLE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd',
         '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf']

_SINGLE_LETTER = {'b': '#0000ff', 'g': '#008000', 'r': '#ff0000', 'c': '#00bfbf',
                  'm': '#bf00bf', 'y': '#bfbf00', 'k': '#000000', 'w': '#ffffff'}
_TABLEAU = {'tab:blue': 0, 'tab:orange': 1, 'tab:green': 2, 'tab:red': 3, 'tab:purple': 4,
            'tab:brown': 5, 'tab:pink': 6, 'tab:gray': 7, 'tab:grey': 7, 'tab:olive': 8, 'tab:cyan': 9}
_MARKERS = set('.,ov^<>12348spP*hH+xXDd|_')
_LINESTYLES = {'-': '-', '--': '--', '-.': '-.', ':': ':', 'solid': '-', 'dashed': '--',
               'dashdot': '-.', 'dotted': ':', 'None': '', 'none': '', ' ': '', '': ''}


def color(c):
    """A matplotlib colour as an SVG colour string."""
    if c is None:
        return None
    if isinstance(c, str):
        if c in _SINGLE_LETTER:
            return _SINGLE_LETTER[c]
        if c in _TABLEAU:
            return CYCLE[_TABLEAU[c]]
        if len(c) == 2 and c[0] == 'C' and c[1].isdigit():
            return CYCLE[int(c[1])]
        if c.startswith('#'):
            return c
        try:
            level = float(c)  # '0.5': a grey level
        except ValueError:
            return c.lower()  # a named colour: SVG knows the CSS/X11 names matplotlib uses
        if not 0 <= level <= 1:
            raise ValueError('{!r} is not a valid value for color'.format(c))
        return _rgb(level, level, level)
    if isinstance(c, (tuple, list)) and len(c) in (3, 4):
        return _rgb(*[float(v) for v in c[:3]])
    raise ValueError('{!r} is not a valid value for color'.format(c))


def _rgb(r, g, b):
    return '#%02x%02x%02x' % (round(r * 255), round(g * 255), round(b * 255))


def linestyle(ls):
    if ls not in _LINESTYLES:
        raise ValueError('{!r} is not a valid value for ls; supported values are '
                         "'-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'".format(ls))
    return _LINESTYLES[ls]


def parse_format(fmt):
    """'r--o' -> (colour, line style, marker); None for what the string leaves out."""
    line = marker = c = None
    i = 0
    while i < len(fmt):
        two = fmt[i:i + 2]
        if two in ('--', '-.'):
            if line is not None:
                raise ValueError("Illegal format string {!r}; two linestyle symbols".format(fmt))
            line = two
            i += 2
            continue
        ch = fmt[i]
        if ch in ('-', ':'):
            if line is not None:
                raise ValueError("Illegal format string {!r}; two linestyle symbols".format(fmt))
            line = ch
        elif ch in _MARKERS:
            if marker is not None:
                raise ValueError("Illegal format string {!r}; two marker symbols".format(fmt))
            marker = ch
        elif ch in _SINGLE_LETTER:
            if c is not None:
                raise ValueError("Illegal format string {!r}; two color symbols".format(fmt))
            c = ch
        elif ch == 'C' and i + 1 < len(fmt) and fmt[i + 1].isdigit():
            c = fmt[i:i + 2]
            i += 1
        else:
            raise ValueError("Unrecognized character {} in format string {!r}".format(ch, fmt))
        i += 1
    if line is None and marker is not None:
        line = ''  # 'o' alone: markers, no line
    return c, line, marker


# viridis at nine evenly spaced stops; scatter(c=values) interpolates between them.
_VIRIDIS = [(0.267, 0.005, 0.329), (0.279, 0.175, 0.483), (0.230, 0.322, 0.546),
            (0.173, 0.449, 0.558), (0.128, 0.567, 0.551), (0.153, 0.680, 0.504),
            (0.369, 0.789, 0.383), (0.678, 0.864, 0.190), (0.993, 0.906, 0.144)]


def colormap(values, vmin=None, vmax=None):
    finite = [v for v in values if v is not None]
    lo = min(finite) if vmin is None and finite else (vmin or 0.0)
    hi = max(finite) if vmax is None and finite else (vmax if vmax is not None else 1.0)
    out = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        t = 0.0 if hi == lo else min(1.0, max(0.0, (v - lo) / (hi - lo)))
        k = min(int(t * 8), 7)
        f = t * 8 - k
        a, b = _VIRIDIS[k], _VIRIDIS[k + 1]
        out.append(_rgb(*[a[j] + (b[j] - a[j]) * f for j in range(3)]))
    return out
