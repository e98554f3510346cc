"""Uploads through the admin: only safe types, within the size limits, served as downloads."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def admin_client(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-unused")
    client.force_login(user)
    return client


def upload_document(client, name, content, content_type="application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_settings_allow_no_active_content():
    active = {"html", "htm", "xhtml", "svg", "js", "mjs", "xml", "php", "exe", "swf"}
    assert not active & set(django_settings.WAGTAILDOCS_EXTENSIONS)
    assert not active & set(django_settings.WAGTAILIMAGES_EXTENSIONS)
    assert django_settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]
    assert django_settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert django_settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert django_settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "tool.js", "PAGE.HTM"])
def test_active_documents_are_refused_with_a_clear_message(admin_client, name):
    response = upload_document(admin_client, name, b"<script>alert(1)</script>", "text/html")
    assert response.status_code == 200  # the form again
    page = response.content.decode()
    assert "is not allowed" in page
    assert "Allowed extensions are: csv, docx" in page
    assert not get_document_model().objects.exists()


def test_oversized_document_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin_client, "big.pdf", PDF + b"0" * 2048, "application/pdf")
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_svg_image_is_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "logo",
            "file": SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_documents_download_as_attachments_with_their_own_policy(admin_client, client):
    assert upload_document(admin_client, "notes.txt", b"Q1 notes", "text/plain").status_code == 302
    assert upload_document(admin_client, "paper.pdf", PDF, "application/pdf").status_code == 302
    text, pdf = get_document_model().objects.order_by("pk")
    client.logout()

    response = client.get(text.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    # Wagtail's serve view sets its own policy; django-csp leaves it alone.
    assert response["Content-Security-Policy"] == "default-src 'none'"

    response = client.get(pdf.url)
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"] == "application/pdf"
