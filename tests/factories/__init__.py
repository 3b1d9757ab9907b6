"""factory-boy factories for every page type and snippet (tests/test_factories_cover_page_types.py checks that every page type has one)."""
