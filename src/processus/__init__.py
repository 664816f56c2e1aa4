"""Processus: the living record of intergovernmental migration dialogues."""

__version__ = "0.1.0"
