"""The project shell: settings, URLs, WSGI."""
