"""Contract tests of every operation against Prism mock servers."""
