from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.views import authenticate_with_password

from hub.security import lockout_response


@never_cache
@require_safe
def healthz(request):
    """For load balancers and the container HEALTHCHECK: is the database reachable?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for private pages, throttled like the admin login.

    Each wrong password counts as a failed login for the "username"
    `page-password:<restriction id>` from the visitor's address (django-axes, in the
    database); after AXES_FAILURE_LIMIT of them that address gets the lockout page for
    AXES_COOLOFF_MINUTES, even with the right password. Unlock as for a login:
    `manage.py axes_reset_username page-password:<id>`.
    """
    credentials = {"username": f"page-password:{page_view_restriction_id}"}
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)
    response = authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code != 302:  # the form again: wrong
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response
