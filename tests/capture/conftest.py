import pytest

from tests.capture.server import Replay


@pytest.fixture
def servers():
    """Loopback servers started on demand: servers() -> a new Replay; all closed afterwards."""
    started = []

    def start():
        started.append(Replay())
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture
def networks(settings, servers):
    """One Mastodon instance and Bluesky's AppView, both local servers, as the operator sets."""
    mastodon, bluesky = servers(), servers()
    settings.HUB_MASTODON_INSTANCES = [mastodon.url]
    settings.HUB_BLUESKY_SERVICE = bluesky.url
    settings.HUB_BLUESKY_ENABLED = True
    settings.HUB_BLUESKY_HANDLE = ""
    return mastodon, bluesky
