# collections: OrderedDict is native (a dict that prints as OrderedDict([...])).
from _collections import OrderedDict
