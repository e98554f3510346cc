from django.utils.text import slugify

from resources.models import ConferenceIndexPage, ConferenceResourcePage
from tests.factories import publish


def make_conference(home, title, **fields):
    index = ConferenceIndexPage.objects.child_of(home).first()
    if index is None:
        index = ConferenceIndexPage(title="Conferences", slug="conferences")
        home.add_child(instance=index)
        publish(index)
    page = ConferenceResourcePage(
        title=title,
        slug=slugify(title),
        conference_name=fields.pop("conference_name", title),
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)
