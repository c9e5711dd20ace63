"""[ApiPage] → one OpenAPI 3.1 document per service."""
