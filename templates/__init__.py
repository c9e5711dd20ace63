# Jinja templates shipped with docgen (package data); no code here.
