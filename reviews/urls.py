from django.urls import path

from reviews.views import MarkReviewedView, ReviewsDueReportView

app_name = "reviews"
urlpatterns = [
    path("", ReviewsDueReportView.as_view(), name="report"),
    path("results/", ReviewsDueReportView.as_view(results_only=True), name="report_results"),
    path("mark/<str:app_label>/<str:model_name>/<str:pk>/", MarkReviewedView.as_view(), name="mark_reviewed"),
]
