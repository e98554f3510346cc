"""Background work for chat archives, run by `manage.py db_worker --backend imports`."""

from django_tasks import task

from events.archives import media, uploads


@task(backend="imports")
def import_upload(upload_id):
    """Check and import a large uploaded archive file; progress is kept on the upload."""
    upload = uploads.run_import(upload_id)
    return upload.status


@task(backend="imports")
def keep_media(copy_id):
    """Copy an archive's media into the hub's storage; progress is kept on the MediaCopy."""
    return media.run_copy(copy_id).status
