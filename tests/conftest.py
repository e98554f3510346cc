import pytest

from tests.factories import make_event_index, make_site


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def event_index(home):
    return make_event_index(home)
