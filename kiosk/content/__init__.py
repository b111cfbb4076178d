"""SEND topic pages: Markdown files with front matter, loaded without Qt."""
