from wagtail.models import Page

from events.models import EventIndexPage, EventPage, OrganisationPage
from home.models import ContentPage, HomePage
from tests.factories import publish


def test_root_redirects_to_the_visitors_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/en/"


def test_home_page_renders_sections_with_empty_states(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "What #musesocial is." in html
    assert "Next chats" in html
    assert "No chats are scheduled yet" in html
    assert "No chat archives yet." in html
    assert 'id="main"' in html


def test_content_page_renders_its_body(client, home):
    about = ContentPage(
        title="About #musesocial",
        slug="about",
        intro="Who we are.",
        body=[{"type": "text", "value": "<p>Storify closed in 2018.</p>"}],
    )
    home.add_child(instance=about)
    publish(about)
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "About #musesocial" in response.content.decode()
    assert "Storify closed in 2018." in response.content.decode()


def test_home_page_is_a_singleton_created_only_at_the_root(home):
    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home)


def test_page_types_are_creatable_only_where_they_belong(home):
    root = Page.get_first_root_node()
    assert ContentPage.can_create_at(home)
    assert not ContentPage.can_create_at(root)
    assert EventIndexPage.can_create_at(home)
    assert not EventPage.can_create_at(home)
    assert not OrganisationPage.can_create_at(home)


def test_unknown_page_gets_the_sites_404(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "musesocial hub" in response.content.decode()


def test_home_page_is_served_in_russian_interface_under_ru(client, home):
    response = client.get("/ru/")
    # Until a Russian translation of the home page exists, /ru/ has nothing to serve.
    assert response.status_code in (200, 404)
    assert '<html lang="ru"' in response.content.decode()


def test_the_not_found_page_links_to_search_and_home_in_its_language(client, home):
    for language in ("en", "ru"):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        html = response.content.decode()
        assert f'action="/{language}/search/"' in html  # the search form on the 404 page
        assert html.count(f'href="/{language}/"') >= 2  # the site name and "home page"
