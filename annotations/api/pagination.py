import re

from django.core.paginator import InvalidPage
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class PagePagination(PageNumberPagination):
    """Numbered pages; a page that does not exist is a 400 naming `page`, not a 404."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        raw_size = request.query_params.get(self.page_size_query_param)
        # ASCII digits only, and few of them: str.isdigit() accepts "²", which int() refuses.
        # Past the largest page is refused, not quietly cut to it: the schema states the bound.
        if raw_size is not None and (
            not re.fullmatch(r"[0-9]{1,6}", raw_size) or not 1 <= int(raw_size) <= self.max_page_size
        ):
            raise ValidationError({"page_size": [f"A whole number from 1 to {self.max_page_size}."]})
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        number = request.query_params.get(self.page_query_param, 1)
        try:
            self.page = paginator.page(number)
        except InvalidPage as error:
            raise ValidationError({"page": [f"{error} (there are {paginator.num_pages} pages)."]}) from None
        self.request = request
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        """The bounds the paginator enforces, in the schema too (a client reads them there)."""
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
        return parameters
