# collections: OrderedDict, defaultdict and namedtuple are native (_collections).
from _collections import OrderedDict, defaultdict, namedtuple, Counter
