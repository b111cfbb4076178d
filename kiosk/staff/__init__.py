"""Qt-free staff back end: the PIN, usage statistics, feedback, the drop folder, fleet status."""
