"""The hand-written runtime copied into every client package (see `generator/config.py` for which file goes where)."""
