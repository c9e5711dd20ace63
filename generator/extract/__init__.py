"""Document → ApiPage: the page's operations, parameters, objects and examples."""
