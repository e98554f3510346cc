"""Admin routes that keep translators' work a draft: some of wagtail-localize's views are
replaced by ones that check the right to publish (hub.review_views)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from hub import review_views


# Before wagtail-localize's own URLs (order), so these paths resolve here first.
@hooks.register("register_admin_urls", order=-1)
def reviewed_translation_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            review_views.ReviewedUpdateTranslationsView.as_view(),
            name="hub_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            review_views.convert_to_alias,
            name="hub_convert_to_alias",
        ),
        path(
            "translation-review/<int:page_id>/",
            review_views.submit_translation_for_review,
            name="hub_submit_translation",
        ),
    ]


class SubmitTranslationButton(PageMenuItem):
    label = _("Submit translation for review")
    icon_name = "resubmit"
    url_name = "hub_submit_translation"

    def is_shown(self, user):
        perms = self.page.permissions_for_user(user)
        return (
            perms.can_edit()
            and not perms.can_publish()
            and review_views.enabled_translation(self.page) is not None
        )


@hooks.register("register_page_header_buttons")
def submit_translation_header_button(page, user, view_name, next_url=None):
    yield SubmitTranslationButton(page=page, priority=30)


@hooks.register("register_page_listing_more_buttons")
def submit_translation_listing_button(page, user, next_url=None):
    yield SubmitTranslationButton(page=page, priority=20)
