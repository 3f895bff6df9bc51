"""Frontdesk: the reception counter's logbooks in one offline program."""

__version__ = "0.1.0"
