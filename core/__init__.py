"""The bottom layer: rules and infrastructure every other app shares, and nothing else.

It holds only shared rules (which content readers may see, web-address fields and
validators, SEO helpers, the search registry, the JSON API's errors, paging,
throttling, caching and token auth). It never imports another project app; higher
apps register what they contribute (API routers, search sources) from their
``AppConfig.ready()``. It is not a catch-all: code used by one app stays in that app.
"""
