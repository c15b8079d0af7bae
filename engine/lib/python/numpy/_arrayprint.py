"""numpy's array printing, reproducing numpy 1.24's output (numpy/core/arrayprint.py).

repr(a) is array_repr(a), str(a) is array_str(a), and numpy scalars print with scalar_repr and
scalar_str. Arrays are read only through shape, ndim, size, dtype.name, tolist() and indexing
on the first axis.

Floats are printed the way numpy's Dragon4 does: the shortest digits that round-trip (Python's
repr for float64, float32_repr for float32), cut off at `precision` digits after the point.
Where the cut-off is reached, the shortest digits are longer than the cut-off, so Dragon4 rounds
the exact binary value; '%.Nf' / '%.Ne' do the same (round half to even on the exact value).
"""

import math
from _numpy_native import float32_repr

# Same keys, order and defaults as numpy.get_printoptions().
_options = {
    'edgeitems': 3, 'threshold': 1000, 'floatmode': 'maxprec', 'precision': 8,
    'suppress': False, 'linewidth': 75, 'nanstr': 'nan', 'infstr': 'inf', 'sign': '-',
    'formatter': None, 'legacy': False,
}

_FLOATMODES = ['fixed', 'unique', 'maxprec', 'maxprec_equal']


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, legacy=None):
    """Change the options used by every later print; None leaves an option unchanged."""
    if floatmode is not None and floatmode not in _FLOATMODES:
        raise ValueError('floatmode option must be one of "fixed", "unique", "maxprec", '
                         '"maxprec_equal"')
    if sign is not None and sign not in ['-', '+', ' ']:
        raise ValueError("sign option must be one of ' ', '+', or '-'")
    if threshold is not None:
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
            raise TypeError('threshold must be numeric')
        if math.isnan(threshold):
            raise ValueError('threshold must be non-NAN, try sys.maxsize for untruncated '
                             'representation')
    if precision is not None and (isinstance(precision, bool) or not isinstance(precision, int)):
        raise TypeError('precision must be an integer')
    if formatter is not None:
        raise NotImplementedError('set_printoptions: formatter is not supported')
    if legacy:
        raise NotImplementedError('set_printoptions: legacy printing modes are not supported')
    changes = {'precision': precision, 'threshold': threshold, 'edgeitems': edgeitems,
               'linewidth': linewidth, 'nanstr': nanstr, 'infstr': infstr, 'sign': sign,
               'floatmode': floatmode}
    for key in changes:
        if changes[key] is not None:
            _options[key] = changes[key]
    if suppress is not None:
        _options['suppress'] = bool(suppress)


def get_printoptions():
    return dict(_options)


class printoptions:
    """`with printoptions(precision=2): ...` sets options for the block, then restores them."""

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.saved = None

    def __enter__(self):
        self.saved = get_printoptions()
        set_printoptions(**self.kwargs)
        return get_printoptions()

    def __exit__(self, *exc_info):
        _options.update(self.saved)
        return False


# ---- numbers -------------------------------------------------------------------------------

def _shortest(x, is_f32):
    """Shortest round-trip digits of finite x: (negative, digits, point), value = 0.digits * 10**point.

    Zero has digits ''.
    """
    text = float32_repr(x) if is_f32 else repr(x)
    negative = text.startswith('-')
    if negative:
        text = text[1:]
    exponent = 0
    if 'e' in text:
        parts = text.split('e')
        text = parts[0]
        exponent = int(parts[1])
    if '.' in text:
        parts = text.split('.')
        int_part, frac_part = parts[0], parts[1]
    else:
        int_part, frac_part = text, ''
    digits = int_part + frac_part
    point = len(int_part) + exponent
    while digits.startswith('0'):
        digits = digits[1:]
        point -= 1
    digits = digits.rstrip('0')
    return negative, digits, point


def _split_fixed(text):
    """'12.50' -> ('12', '50', ''); '1.5e-05' -> ('1', '5', '-05'); '2' -> ('2', '', '')."""
    exponent = ''
    if 'e' in text:
        parts = text.split('e')
        text, exponent = parts[0], parts[1]
    if '.' in text:
        parts = text.split('.')
        return parts[0], parts[1], exponent
    return text, '', exponent


def _dragon4(x, is_f32, sci, precision, min_digits, unique, trim, plus):
    """Digits of finite x as numpy's dragon4_positional/_scientific make them.

    Returns (int_part with sign, fraction digits, exponent like '-05' or '' when positional).
    precision < 0 means no cut-off; min_digits asks for more digits than the shortest.
    """
    negative, digits, point = _shortest(x, is_f32)
    cut = precision
    if unique:
        if sci:
            int_part, frac = digits[:1] or '0', digits[1:]
            power = point - 1 if digits else 0
            exponent = ('-' if power < 0 else '+') + str(abs(power)).rjust(2, '0')
        elif point <= 0:
            int_part, frac, exponent = '0', '0' * -point + digits, ''
        else:
            int_part = digits[:point] + '0' * max(0, point - len(digits))
            frac, exponent = digits[point:], ''
        # Digits needed after the point; negative when the integer part ends in zeros, which
        # Dragon4 replaces by the exact digits once min_digits >= 0 asks for all of them.
        needed = len(frac) if sci or not digits else len(digits) - point
        if precision >= 0 and needed > precision:
            cut = precision
        elif needed < min_digits:
            cut = min_digits
        else:
            cut = -1
    if cut >= 0:
        text = format(abs(x), '.' + str(cut) + ('e' if sci else 'f'))
        int_part, frac, exponent = _split_fixed(text)
    if trim == '.':
        frac = frac.rstrip('0')
    sign = '-' if negative else ('+' if plus else '')
    return sign + int_part, frac, exponent


class FloatingFormat:
    """Chooses one layout (positional or scientific, widths) for all values, then formats each."""

    def __init__(self, values, is_f32, options):
        self.is_f32 = is_f32
        self.floatmode = options['floatmode']
        self.precision = -1 if self.floatmode == 'unique' else options['precision']
        self.sign = options['sign']
        self.nanstr = options['nanstr']
        self.infstr = options['infstr']
        finite = [v for v in values if math.isfinite(v)]

        # Scientific when the magnitudes are too large or too spread out for a fixed point.
        self.exp_format = False
        nonzero = [abs(v) for v in finite if v != 0]
        if nonzero:
            hi, lo = max(nonzero), min(nonzero)
            # Short-circuiting keeps hi / lo from overflowing. numpy divides float32 in float32.
            if hi >= 1e8 or (not options['suppress'] and (lo < 0.0001 or self._ratio(hi, lo) > 1000.)):
                self.exp_format = True

        # A first pass over all values fixes the widths.
        self.unique = self.floatmode != 'fixed'
        self.min_digits = -1
        self.exp_size = -1
        if not finite:
            self.pad_left, self.pad_right, self.trim = 0, 0, '.'
        else:
            first_trim = '.' if self.unique else 'k'
            parts = [_dragon4(v, is_f32, self.exp_format, self.precision, -1, self.unique,
                              first_trim, self.sign == '+') for v in finite]
            self.pad_left = max(len(p[0]) for p in parts)
            self.pad_right = max(len(p[1]) for p in parts)
            if self.exp_format:
                # Every value gets as many fraction digits as the longest one needs.
                self.exp_size = max(len(p[2]) for p in parts) - 1
                self.precision = self.min_digits = self.pad_right
                self.trim = 'k'
                self.pad_right = self.exp_size + 2 + self.precision  # only used to size nan/inf
            elif self.floatmode in ['fixed', 'maxprec_equal']:
                self.precision = self.min_digits = self.pad_right
                self.trim = 'k'
            else:
                self.trim = '.'
                self.min_digits = 0

        # sign=' ' reserves a column for the sign when no value is negative.
        if self.sign == ' ' and not any(repr(v).startswith('-') for v in finite):
            self.pad_left += 1

        if len(finite) < len(values):
            neginf = self.sign != '-' or any(math.isinf(v) and v < 0 for v in values)
            offset = self.pad_right + 1  # +1 for the decimal point
            self.pad_left = max(self.pad_left, len(self.nanstr) - offset,
                                len(self.infstr) + neginf - offset)

    def _ratio(self, hi, lo):
        if self.is_f32:
            # Rounding the float64 quotient of two float32s gives float32's own quotient.
            return float(float32_repr(hi / lo))
        return hi / lo

    def __call__(self, x):
        if not math.isfinite(x):
            if math.isnan(x):
                text = ('+' if self.sign == '+' else '') + self.nanstr
            else:
                text = ('-' if x < 0 else '+' if self.sign == '+' else '') + self.infstr
            return text.rjust(self.pad_left + self.pad_right + 1)
        int_part, frac, exponent = _dragon4(x, self.is_f32, self.exp_format, self.precision,
                                            self.min_digits, self.unique, self.trim,
                                            self.sign == '+')
        if self.exp_format:
            exponent = exponent[0] + exponent[1:].rjust(self.exp_size, '0')
            return int_part.rjust(self.pad_left) + '.' + frac + 'e' + exponent
        return int_part.rjust(self.pad_left) + '.' + frac.ljust(self.pad_right)


class IntegerFormat:
    def __init__(self, values):
        self.width = max(len(str(max(values))), len(str(min(values))))

    def __call__(self, x):
        return str(x).rjust(self.width)


class BoolFormat:
    def __init__(self, is_0d):
        # ' True' lines up with 'False', except in 0-d arrays.
        self.true_text = 'True' if is_0d else ' True'

    def __call__(self, x):
        return self.true_text if x else 'False'


def _format_function(dtype_name, values, is_0d, options):
    if dtype_name == 'bool':
        return BoolFormat(is_0d)
    if dtype_name in ['float64', 'float32']:
        return FloatingFormat(values, dtype_name == 'float32', options)
    return IntegerFormat(values)


# ---- arrays --------------------------------------------------------------------------------

def _corners(a, edge_items, summarise):
    """a as nested lists; when summarising, axes longer than 2*edge_items keep only their ends."""
    if a.ndim == 0 or not summarise:
        return a.tolist()
    n = a.shape[0]
    if n > 2 * edge_items:
        if a.ndim == 1:
            return a[:edge_items].tolist() + a[n - edge_items:].tolist()
        rows = list(range(edge_items)) + list(range(n - edge_items, n))
    else:
        rows = range(n)
    return [_corners(a[i], edge_items, True) for i in rows]


def _flatten(nested, ndim, out):
    if ndim == 0:
        out.append(nested)
    else:
        for item in nested:
            _flatten(item, ndim - 1, out)
    return out


def _extend_line(s, line, word, line_width, next_line_prefix):
    # Wrapping a line that holds only the indent would not make it any shorter.
    if len(line) + len(word) > line_width and len(line) > len(next_line_prefix):
        s += line.rstrip() + '\n'
        line = next_line_prefix
    return s, line + word


def _format_array(data, shape, format_function, line_width, next_line_prefix, separator,
                  edge_items, summarise):
    """numpy's _formatArray: nested brackets, wrapped rows, '...' where rows were left out."""

    def recurse(item, axis, hanging_indent, width):
        axes_left = len(shape) - axis
        if axes_left == 0:
            return format_function(item)
        # Inner levels start one column further right and must leave room for their ']'.
        next_indent = hanging_indent + ' '
        next_width = width - 1
        show_summary = summarise and shape[axis] > 2 * edge_items
        parts = [recurse(sub, axis + 1, next_indent, next_width) for sub in item]
        if show_summary:
            parts = parts[:edge_items] + ['...'] + parts[edge_items:]

        if axes_left == 1:
            elem_width = width - max(len(separator.rstrip()), 1)
            s, line = '', hanging_indent
            for i, word in enumerate(parts):
                s, line = _extend_line(s, line, word, elem_width, hanging_indent)
                if i < len(parts) - 1:
                    line += separator
            s += line
        else:
            # One blank line between 2-D blocks of a 3-D array, two between 3-D blocks, ...
            line_sep = separator.rstrip() + '\n' * (axes_left - 1)
            s = line_sep.join(hanging_indent + part for part in parts)
        return '[' + s[len(hanging_indent):] + ']'

    return recurse(data, 0, next_line_prefix, line_width)


def _options_with(max_line_width, precision, suppress_small):
    options = dict(_options)
    if max_line_width is not None:
        options['linewidth'] = max_line_width
    if precision is not None:
        options['precision'] = precision
    if suppress_small is not None:
        options['suppress'] = bool(suppress_small)
    return options


def _array2string(a, options, separator, prefix, suffix):
    if a.size == 0:
        return '[]'
    summarise = a.size > options['threshold']
    edge_items = options['edgeitems']
    data = _corners(a, edge_items, summarise)
    # Widths come only from the values that will be shown.
    values = _flatten(data, a.ndim, [])
    format_function = _format_function(a.dtype.name, values, a.ndim == 0, options)
    next_line_prefix = ' ' + ' ' * len(prefix)  # past '[' and past e.g. 'array('
    return _format_array(data, a.shape, format_function, options['linewidth'] - len(suffix),
                         next_line_prefix, separator, edge_items, summarise)


def array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ',
                 prefix='', suffix=''):
    return _array2string(a, _options_with(max_line_width, precision, suppress_small),
                         separator, prefix, suffix)


# The dtypes repr leaves out: those numpy creates from Python floats, ints and bools.
_IMPLIED_DTYPES = ['float64', 'int64', 'bool']


def array_repr(a, max_line_width=None, precision=None, suppress_small=None):
    options = _options_with(max_line_width, precision, suppress_small)
    dtype_name = a.dtype.name
    skip_dtype = dtype_name in _IMPLIED_DTYPES and a.size > 0
    prefix = 'array('
    suffix = ')' if skip_dtype else ','
    if a.size > 0 or a.shape == (0,):
        body = _array2string(a, options, ', ', prefix, suffix)
    else:
        body = '[], shape=' + repr(a.shape)
    text = prefix + body + suffix
    if skip_dtype:
        return text
    dtype_text = 'dtype=' + dtype_name + ')'
    # The dtype goes on a line of its own when it would make the last line too long.
    last_line = text.split('\n')[-1]
    if len(last_line) + len(dtype_text) + 1 > options['linewidth']:
        return text + '\n' + ' ' * len(prefix) + dtype_text
    return text + ' ' + dtype_text


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    # A 0-d array prints as its scalar, unaffected by precision.
    if a.ndim == 0:
        return scalar_str(a.tolist(), a.dtype.name)
    options = _options_with(max_line_width, precision, suppress_small)
    return _array2string(a, options, ' ', '', '')


# ---- numpy scalars (1.24: repr and str are the same) ----------------------------------------

def scalar_repr(x, dtype_name):
    if dtype_name == 'bool':
        return 'True' if x else 'False'
    if dtype_name == 'float32':
        return float32_repr(x)
    if dtype_name == 'float64':
        # numpy switches to scientific at the same magnitudes as Python (1e16 and 1e-4).
        return repr(float(x))
    return str(int(x))


def scalar_str(x, dtype_name):
    return scalar_repr(x, dtype_name)
