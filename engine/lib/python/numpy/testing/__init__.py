# np.testing: the assertions tests and gradient checks use, with numpy's failure report.
from numpy._ndarray import asarray, array
from numpy import _functions
from numpy import _arrayprint


def _percent(part, whole):
    return format(100.0 * part / whole, '.3g') + '%'


def _fail(header, x, y, ok):
    """numpy's assert_array_compare report: mismatches, the largest differences, both arrays."""
    total = max(x.size, y.size)
    bad = int(_functions.sum(~asarray(ok)))
    lines = ['', header, '', 'Mismatched elements: ' + str(bad) + ' / ' + str(total) + ' (' + _percent(bad, total) + ')']
    error = abs(x - y)
    lines.append('Max absolute difference: ' + _arrayprint.array2string(asarray(_functions.max(error))))
    nonzero = y != 0
    if not bool(_functions.any(nonzero)):
        relative = float('inf')
    else:
        relative = _functions.max(error[nonzero] / abs(y[nonzero]))
    lines.append('Max relative difference: ' + _arrayprint.array2string(asarray(relative)))
    lines.append(' x: ' + _arrayprint.array_repr(x))
    lines.append(' y: ' + _arrayprint.array_repr(y))
    raise AssertionError('\n'.join(lines))


def _check_shapes(x, y, header):
    if x.shape != y.shape and x.size != 1 and y.size != 1:
        raise AssertionError('\n' + header + '\n\n(shapes ' + str(x.shape) + ', ' + str(y.shape) + ' mismatch)\n x: ' +
                             _arrayprint.array_repr(x) + '\n y: ' + _arrayprint.array_repr(y))


def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True):
    x, y = asarray(actual), asarray(desired)
    header = 'Not equal to tolerance rtol=' + format(rtol, 'g') + ', atol=' + format(atol, 'g')
    _check_shapes(x, y, header)
    close = _functions.isclose(x, y, rtol, atol, equal_nan)
    if not bool(_functions.all(close)):
        _fail(header, x, y, close)


def assert_array_equal(x, y, err_msg='', verbose=True):
    a, b = asarray(x), asarray(y)
    _check_shapes(a, b, 'Arrays are not equal')
    same = a == b
    if not bool(_functions.all(same)):
        _fail('Arrays are not equal', a, b, same)


assert_equal = assert_array_equal


def assert_array_almost_equal(x, y, decimal=6, err_msg='', verbose=True):
    a, b = asarray(x), asarray(y)
    header = 'Arrays are not almost equal to ' + str(decimal) + ' decimals'
    _check_shapes(a, b, header)
    ok = abs(a - b) < 1.5 * 10.0 ** (-decimal)
    if not bool(_functions.all(ok)):
        _fail(header, a, b, ok)


assert_almost_equal = assert_array_almost_equal
