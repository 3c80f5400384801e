"""wikigen: scraped Korean articles in seeds/ -> a cross-linked MkDocs wiki in docs/."""

__version__ = "0.1.0"
