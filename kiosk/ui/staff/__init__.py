"""Staff mode: the PIN pad, the staff home, updating and undoing the data, background checks."""
