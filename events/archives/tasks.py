"""Background work for chat archives, run by `manage.py db_worker --backend imports`."""

from django_tasks import task

from events.archives.uploads import run_import


@task(backend="imports")
def import_upload(upload_id):
    """Check and import a large uploaded archive file; progress is kept on the upload."""
    upload = run_import(upload_id)
    return upload.status
