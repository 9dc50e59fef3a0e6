"""The API's filter backend: django-filter with the app's filter sets, refusing unknown parameters."""

import django_filters.rest_framework

from ..filters import refuse_empty, refuse_unknown


class StrictFilterBackend(django_filters.rest_framework.DjangoFilterBackend):
    """django-filter, plus a 400 naming any query parameter the endpoint does not know.

    A typo such as `?reviwer=ana` would otherwise return everything, silently.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(getattr(view, "extra_query_params", ())) | {"page", "page_size"}
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        refuse_unknown(request.query_params, known)
        if filterset_class is not None:
            refuse_empty(request.query_params, filterset_class)
        return super().filter_queryset(request, queryset, view)
