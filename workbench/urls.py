from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("annotations.api.urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("annotations.urls")),
]

handler400 = "annotations.api.exceptions.bad_request"
handler404 = "annotations.api.exceptions.not_found"
handler500 = "annotations.api.exceptions.server_error"
