"""The admin's live preview panel frames the page being edited: preview responses may be
framed by the admin's own origin, and every other public response keeps `frame-ancestors
'none'`."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from wagtail.models import get_page_models

from events.models import OrganisationIndexPage
from home.models import ContentPage
from resources.models import BestPracticeTalkPage, TalkIndexPage
from tests.factories import make_event, make_organisation, make_person, make_venue, publish
from tests.resources.factories import make_conference
from tests.security.test_headers import directives


@pytest.fixture
def every_page_type(home, event_index):
    """One published page of every page type the admin can edit, and the previewable snippets."""
    conference = make_conference(home, "MCN 2012")
    talks = TalkIndexPage(title="Talks", slug="talks")
    home.add_child(instance=talks)
    publish(talks)
    talk = BestPracticeTalkPage(title="Museum salon", slug="museum-salon", abstract="Lightning.")
    talks.add_child(instance=talk)
    about = ContentPage(title="About", slug="about", intro="Who we are.")
    home.add_child(instance=about)
    publish(about)
    objects = [
        home,
        event_index,
        make_event(event_index, "Museum blogs", start="2012-12-06T14:00"),
        make_organisation(home),
        conference,
        conference.get_parent().specific,
        talks,
        talk,
        about,
        make_person(),
        make_venue(),
    ]
    objects.append(OrganisationIndexPage.objects.get())
    covered = {type(obj) for obj in objects}
    missing = [model for model in get_page_models() if model.__module__.split(".")[0] != "wagtail"]
    assert not [model for model in missing if model not in covered], "a page type has no preview"
    return objects


def test_every_preview_may_be_framed_by_the_admin_only(every_page_type, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    for obj in every_page_type:
        request = RequestFactory().get("/admin/")
        request.user = editor
        response = obj.make_preview_request(request, obj.default_preview_mode)
        assert response.status_code == 200, obj
        csp = directives(response.headers["Content-Security-Policy"])
        assert csp["frame-ancestors"] == ["'self'"], obj
        # The rest of the public policy stays strict in the preview.
        assert csp["script-src"] == ["'self'"], obj
        assert "unsafe" not in response.headers["Content-Security-Policy"]


def test_the_preview_panel_of_the_edit_form_can_frame_the_page(client, event_index):
    """The admin's own round trip: the form is posted to the preview view, then framed."""
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    event = make_event(event_index, "Museum blogs", start="2012-12-06T14:00")
    from tests.events.test_admin import event_form

    data = event_form(title="Museum blogs, typed just now", slug=event.slug)
    posted = client.post(f"/admin/pages/{event.pk}/edit/preview/", data)
    assert posted.json()["is_valid"], posted.content
    response = client.get(f"/admin/pages/{event.pk}/edit/preview/?mode=")
    assert response.status_code == 200
    assert "Museum blogs, typed just now" in response.content.decode()
    assert directives(response.headers["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    # The public page itself still refuses every frame.
    public = client.get(event.url)
    assert directives(public.headers["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert public.headers["X-Frame-Options"] == "DENY"
