"""eventwatch: political event data from news, on a laptop CPU."""

__version__ = "0.1.0"
