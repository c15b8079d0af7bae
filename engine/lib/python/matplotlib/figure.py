# A figure: its size and its axes, laid out on a grid of subplots.
from matplotlib import rcParams
from matplotlib.axes import Axes


class ndarray:
    # What plt.subplots(2, 2) returns in place of numpy's array of Axes (named like it, as
    # type(axes).__name__ shows): indexing by [i] and [i, j], iteration by rows, .flat,
    # .flatten(), .ravel(), .shape.
    def __init__(self, rows, squeeze_rows):
        self._rows = rows  # a list of rows, or the flat list when one dimension was squeezed
        self._flat_shape = squeeze_rows

    @property
    def shape(self):
        if self._flat_shape:
            return (len(self._rows),)
        return (len(self._rows), len(self._rows[0]))

    @property
    def flat(self):
        return iter(self.flatten())

    def flatten(self):
        if self._flat_shape:
            return list(self._rows)
        return [ax for row in self._rows for ax in row]

    ravel = flatten

    def __len__(self):
        return len(self._rows)

    def __iter__(self):
        return iter([ndarray(row, True) if isinstance(row, list) else row for row in self._rows])

    def __getitem__(self, index):
        if isinstance(index, tuple):
            if self._flat_shape:
                raise IndexError('too many indices for array: array is 1-dimensional, but {} were indexed'.format(
                    len(index)))
            i, j = index
            return self._rows[i][j]
        row = self._rows[index]
        return ndarray(row, True) if isinstance(row, list) else row

    def __repr__(self):
        return 'array({})'.format(self.flatten())


class Figure:
    def __init__(self, figsize=None, dpi=None, number=1):
        size = figsize if figsize is not None else rcParams['figure.figsize']
        self._size = (float(size[0]), float(size[1]))
        self._dpi = float(dpi) if dpi is not None else rcParams['figure.dpi']
        self.number = number
        self.axes = []
        self._suptitle = ''

    def __repr__(self):
        w, h = self._size
        n = len(self.axes)
        return '<Figure size {:g}x{:g} with {} Axes>'.format(w * self._dpi, h * self._dpi, n)

    def __str__(self):
        w, h = self._size
        return 'Figure({:g}x{:g})'.format(w * self._dpi, h * self._dpi)

    def get_size_inches(self):
        return self._size

    def set_size_inches(self, w, h=None):
        if h is None:
            w, h = w
        self._size = (float(w), float(h))

    def add_subplot(self, *args, **kwargs):
        if not args:
            args = (1, 1, 1)
        if len(args) == 1 and isinstance(args[0], int) and args[0] >= 100:
            n = args[0]
            args = (n // 100, (n // 10) % 10, n % 10)
        nrows, ncols, index = args
        if not 1 <= index <= nrows * ncols:
            raise ValueError('num must be an integer with 1 <= num <= {}, not {}'.format(nrows * ncols, index))
        for ax in self.axes:
            if ax._grid == (nrows, ncols, index):
                return ax
        ax = Axes(nrows, ncols, index)
        self.axes.append(ax)
        return ax

    def subplots(self, nrows=1, ncols=1, sharex=False, sharey=False, squeeze=True):
        rows = [[self.add_subplot(nrows, ncols, r * ncols + c + 1) for c in range(ncols)] for r in range(nrows)]
        if squeeze and nrows == 1 and ncols == 1:
            return rows[0][0]
        if squeeze and (nrows == 1 or ncols == 1):
            return ndarray([ax for row in rows for ax in row], True)
        return ndarray(rows, False)

    def gca(self):
        return self.axes[-1] if self.axes else self.add_subplot(1, 1, 1)

    def suptitle(self, t, **kwargs):
        self._suptitle = str(t)

    def tight_layout(self, **kwargs):
        pass  # the page always lays subplots out without overlaps

    def savefig(self, fname, **kwargs):
        pass  # no files in the browser; the figure is shown instead

    def clf(self):
        self.axes = []
        self._suptitle = ''

    clear = clf

    def _spec(self):
        return {'width': self._size[0], 'height': self._size[1], 'dpi': self._dpi, 'suptitle': self._suptitle,
                'axes': [ax._spec() for ax in self.axes]}
