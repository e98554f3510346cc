from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events, people, venues and organisations"

    def ready(self):
        from django.db.models.signals import post_delete

        from events.archives.uploads import delete_upload_file
        from events.models import ArchiveUpload

        # A deleted event takes its uploads with it (cascade): their files go too.
        post_delete.connect(delete_upload_file, sender=ArchiveUpload)
