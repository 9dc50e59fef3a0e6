"""Request body parsers: DRF's, with every malformed body a 400 rather than a crash."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class SafeJSONParser(JSONParser):
    """DRF's JSON parser; a body nested too deep for Python's parser is a 400, not a 500.

    json.loads recurses once per level of nesting and raises RecursionError past about
    a thousand; DRF only turns ValueError into a ParseError.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the body is nested too deeply.") from None
