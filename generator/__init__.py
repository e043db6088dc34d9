"""Turns specs/ into the client packages in clients/ (see generate.py)."""
