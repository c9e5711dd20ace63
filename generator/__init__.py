"""docgen: API reference pages → OpenAPI 3.1 → typed, vendorable Python client."""

__version__ = "0.1.0"
