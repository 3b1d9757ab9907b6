from pagecache.frontend_settings import frontend_cache_from_environment


def test_no_cdn_variables_means_no_frontend_cache():
    assert frontend_cache_from_environment({}) is None
    assert frontend_cache_from_environment({"FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone"}) is None  # token missing


def test_a_purge_url_configures_wagtails_http_backend():
    config = frontend_cache_from_environment({"FRONTEND_CACHE_HTTP_PURGE_URL": "http://varnish:6081"})

    assert config == {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://varnish:6081"}
    }


def test_cloudflare_needs_a_zone_and_a_token():
    config = frontend_cache_from_environment(
        {"FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone", "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN": "token"}
    )

    assert config["default"]["BACKEND"] == "wagtail.contrib.frontend_cache.backends.CloudflareBackend"
    assert (config["default"]["ZONEID"], config["default"]["BEARER_TOKEN"]) == ("zone", "token")


def test_cloudfront_needs_a_distribution_id():
    config = frontend_cache_from_environment({"FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID": "E123"})

    assert config["default"]["BACKEND"] == "wagtail.contrib.frontend_cache.backends.CloudfrontBackend"
    assert config["default"]["DISTRIBUTION_ID"] == "E123"
