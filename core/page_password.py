"""Wagtail's page-password form, behind the same login lockout (django-axes) as the admin login.

Wagtail's view answers the form again (200) on a wrong password and redirects on the right one;
each wrong answer is reported to axes as a failed login, and a locked-out client gets axes' lockout response.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed
from wagtail import views as wagtail_views


def authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    credentials = {"username": f"page-password:{page_id}"}
    if AxesProxyHandler.is_locked(request, credentials):
        return get_lockout_response(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code == 200:  # the form is shown again: a wrong password
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            return get_lockout_response(request, credentials=credentials)
    return response
