"""How an event goes with a conference session (resources.blocks.SessionBlock's `event`).

Kept in events/: the event page reads these words, and resources/ depends on events/.
"""

from django.utils.translation import gettext_lazy as _

DESCRIBES = "describes"
LEADS_UP = "leads_up"
GREW_FROM = "grew_from"

SESSION_RELATIONS = [
    (DESCRIBES, _("The event page describes this session")),
    (LEADS_UP, _("The event led up to this session")),
    (GREW_FROM, _("The event grew out of this session")),
]
