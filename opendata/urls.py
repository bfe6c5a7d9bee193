from django.urls import path

from . import views

app_name = "opendata"
urlpatterns = [
    path("<slug:collection>.<str:fmt>", views.download, name="download"),
]
