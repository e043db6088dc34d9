"""Hand-written modules copied into every generated package."""
