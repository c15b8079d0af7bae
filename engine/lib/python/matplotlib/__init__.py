# matplotlib, the part tutorials plot with: pyplot's line plots, scatter, histograms and bars,
# drawn by the page as SVG. Figures are data here (figure.py, axes.py); pyplot.show() hands
# them to the page (the _display module), and a cell's open figures are shown when it ends,
# as in a notebook.
__version__ = '3.6.3'

rcParams = {
    'figure.figsize': [6.4, 4.8],
    'figure.dpi': 100.0,
    'lines.linewidth': 1.5,
    'lines.markersize': 6.0,
    'font.size': 10.0,
    'axes.grid': False,
}


def use(backend, force=True):
    # The playground has one backend: the page.
    pass


def get_backend():
    return 'module://autograd_playground'
