"""factory-boy factories for every page type and snippet (see tests/test_factories_cover_models.py)."""
