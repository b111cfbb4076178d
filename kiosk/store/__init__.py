"""Qt-free data layer: schema, importers, validation, refresh and queries over SQLite."""
