"""One module per full-window screen; the window builds them lazily by name."""
