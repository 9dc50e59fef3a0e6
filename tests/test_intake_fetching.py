"""Fetching pages safely: where an address may lead, and what comes back (a real local server)."""

import pytest

from annotations.intake.fetching import FetchError, address_refusal, fetch

HTML = ("text/html", "application/xhtml+xml")


@pytest.fixture
def private_allowed(settings):
    # The local test server is on 127.0.0.1, which production refuses.
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "::1",
        "fd00::1",
        "100.64.0.1",
        "::ffff:127.0.0.1",
    ],
)
def test_loopback_and_private_addresses_are_refused_by_default(settings, address):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = False
    assert address_refusal(address) is not None


@pytest.mark.parametrize("address", ["169.254.169.254", "fe80::1", "224.0.0.1", "0.0.0.0", "240.0.0.1"])
def test_link_local_multicast_and_reserved_addresses_are_refused_even_for_local_demos(settings, address):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True
    assert address_refusal(address) is not None


def test_public_addresses_are_allowed(settings):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = False
    assert address_refusal("93.184.216.34") is None
    assert address_refusal("2606:4700::1111") is None


def test_the_local_server_is_refused_in_production_settings(settings, intake_site):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = False
    for url in (
        intake_site.url("/wire.html"),
        intake_site.url("/wire.html").replace("127.0.0.1", "localhost"),
    ):
        with pytest.raises(FetchError, match="loopback or private"):
            fetch(url, accept=HTML)
    assert intake_site.requests == []  # refused before connecting


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/a.html", "gopher://x/", "javascript:alert(1)", "//no-scheme"],
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(url, accept=HTML)


def test_a_redirect_to_the_cloud_metadata_address_is_refused(private_allowed, intake_site):
    with pytest.raises(FetchError, match="169.254.169.254"):
        fetch(intake_site.url("/redirect-private"), accept=HTML)


def test_redirects_are_followed_up_to_five(private_allowed, intake_site):
    page = fetch(intake_site.url("/redirect-chain/3"), accept=HTML)
    assert page.url.endswith("/wire.html") and b"Harbour Wire" in page.content
    with pytest.raises(FetchError, match="More than 5 redirects"):
        fetch(intake_site.url("/redirect-chain/10"), accept=HTML)
    with pytest.raises(FetchError, match="redirects"):
        fetch(intake_site.url("/redirect-loop"), accept=HTML)


@pytest.mark.parametrize(
    ("path", "reason"), [("/status/404", "answered 404"), ("/status/500", "answered 500")]
)
def test_error_statuses_are_reported(private_allowed, intake_site, path, reason):
    with pytest.raises(FetchError, match=reason):
        fetch(intake_site.url(path), accept=HTML)


def test_a_slow_server_is_given_up_on(private_allowed, settings, intake_site):
    settings.FETCH_TIMEOUT = 1
    with pytest.raises(FetchError, match="1 seconds"):
        fetch(intake_site.url("/slow?seconds=5"), accept=HTML)


def test_a_page_over_the_size_cap_is_not_read_further(private_allowed, settings, intake_site):
    settings.FETCH_MAX_BYTES = 2 * 2**20
    with pytest.raises(FetchError, match="over 2 MiB"):
        fetch(intake_site.url("/big"), accept=HTML)
    with pytest.raises(FetchError, match="47 MiB"):
        fetch(intake_site.url("/big-declared"), accept=HTML)


@pytest.mark.parametrize(
    ("path", "served"), [("/image.png", "image/png"), ("/binary", "application/octet-stream")]
)
def test_other_content_types_are_refused(private_allowed, intake_site, path, served):
    with pytest.raises(FetchError, match=served):
        fetch(intake_site.url(path), accept=HTML)


def test_an_unknown_host_is_reported():
    with pytest.raises(FetchError, match="cannot be found"):
        fetch("http://no-such-host.invalid/", accept=HTML)


def test_the_fetcher_says_who_it_is(private_allowed, settings, intake_site):
    page = fetch(intake_site.url("/wire.html"), accept=HTML)
    assert page.status == 200 and page.content_type == "text/html" and page.charset == "utf-8"
    assert intake_site.log[-1].headers["User-Agent"] == settings.FETCH_USER_AGENT


def test_a_dripping_server_is_cut_off_at_the_total_time(private_allowed, settings, intake_site):
    import time

    settings.FETCH_TIMEOUT = 1
    started = time.monotonic()
    with pytest.raises(FetchError, match="over 1 seconds"):
        fetch(intake_site.url("/drip?seconds=6"), accept=HTML)
    assert time.monotonic() - started < 3


def test_a_body_that_ends_when_the_time_is_up_is_not_taken_for_the_page(monkeypatch, settings):
    # A page sent without a length is read until the server closes; when the watchdog closes the
    # connection the read can end quietly, as if the page were whole. Here the read ends after the
    # watchdog fired: the fetch is refused, not the part that arrived returned.
    import time

    from annotations.intake import fetching

    def slow_but_quiet(url, **kwargs):
        time.sleep(0.5)
        return "part of a page"

    settings.FETCH_TIMEOUT = 0.2
    monkeypatch.setattr(fetching, "_fetch", slow_but_quiet)
    with pytest.raises(FetchError, match="over 0.2 seconds"):
        fetch("http://127.0.0.1:9/", accept=HTML)


def test_a_redirect_that_cannot_be_parsed_is_a_reason_not_a_crash(private_allowed, intake_site):
    with pytest.raises(FetchError, match="cannot be read"):
        fetch(intake_site.url("/bad-location"), accept=HTML)


@pytest.mark.parametrize("address", ["192.0.0.8", "2002:7f00:1::", "64:ff9b::7f00:1", "198.18.0.1"])
def test_special_purpose_ranges_are_refused(settings, address):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = False
    assert address_refusal(address) is not None


def test_only_web_ports_are_fetched_in_production(settings):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = False
    settings.FETCH_PORTS = [80, 443]
    with pytest.raises(FetchError, match="usual web ports"):
        fetch("http://93.184.216.34:22/", accept=HTML)


def test_loopback_is_allowed_for_local_demos_but_not_link_local(settings):
    settings.FETCH_ALLOW_PRIVATE_NETWORKS = True
    assert address_refusal("::1") is None and address_refusal("127.0.0.1") is None
    assert address_refusal("169.254.1.1") is not None
