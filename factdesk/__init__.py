"""FactDesk: an offline fact-checking workstation."""

__version__ = "0.1.0"
