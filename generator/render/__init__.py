"""OpenAPI document → files of a vendorable package. Reads only the document."""
