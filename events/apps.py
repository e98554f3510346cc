from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events, people, venues and organisations"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from events.archives.purge import purge_after_post_change
        from events.archives.uploads import delete_upload_file
        from events.models import ArchivedPost, ArchiveUpload

        # A deleted event takes its uploads with it (cascade): their files go too.
        post_delete.connect(delete_upload_file, sender=ArchiveUpload)
        # An editor hides a post (a takedown): a CDN must drop the transcript at once.
        post_save.connect(purge_after_post_change, sender=ArchivedPost)
        post_delete.connect(purge_after_post_change, sender=ArchivedPost)
