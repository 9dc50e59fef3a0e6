"""A downstream tool's view of the API: page through claims, fetch every export format, validate.

    python examples/export_client.py --url http://127.0.0.1:8000 --token KEY [--filter anonymous=true]

Uses only the standard library and jsonschema (in requirements.txt).
"""

import argparse
import csv
import io
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema


def get(url: str, token: str) -> bytes:
    request = urllib.request.Request(url, headers={"Authorization": f"Token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        sys.exit(f"{url}: HTTP {error.code}: {error.read().decode()}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--token", required=True)
    parser.add_argument("--filter", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    filters = [tuple(item.split("=", 1)) for item in args.filter]
    if not any(name == "status" for name, _ in filters):
        filters.append(("status", "approved"))  # what the export gives by default; the list must match
    api = args.url.rstrip("/") + "/api/v1"

    page_url = f"{api}/claims/?" + urllib.parse.urlencode([*filters, ("page_size", "100")])
    seen = pages = 0
    while page_url:
        body = json.loads(get(page_url, args.token))
        seen += len(body["results"])
        pages += 1
        page_url = body["next"]
    print(f"claims list: {seen} claims in {pages} pages")

    schema = json.loads(get(f"{api}/export/schema/", args.token))
    query = urllib.parse.urlencode(filters)
    exported = json.loads(get(f"{api}/export/?format=json&{query}", args.token))
    jsonschema.validate(exported, schema)
    print(
        f"json: {len(exported['claims'])} claims, valid against schema {exported['header']['schema_version']}"
    )
    # JSON Lines ends records at "\n" only (str.splitlines would also split at U+2028 and others).
    body = get(f"{api}/export/?format=jsonl&{query}", args.token).decode()
    lines = [line for line in body.split("\n") if line]
    claim_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/claim"}
    for line in lines:
        jsonschema.validate(json.loads(line), claim_schema)
    print(f"jsonl: {len(lines)} lines, each a valid claim")
    w3c = json.loads(get(f"{api}/export/?format=w3c&{query}", args.token))
    print(f"w3c: {len(w3c['first']['items'])} annotations in an {w3c['type']}")
    rows = list(csv.DictReader(io.StringIO(get(f"{api}/export/?format=csv&{query}", args.token).decode())))
    print(f"csv: {len(rows)} rows; first chain: {rows[0]['chain'] if rows else '-'}")
    if not (seen == len(exported["claims"]) == len(lines) == len(w3c["first"]["items"]) == len(rows)):
        sys.exit("the list and the four exports disagree on the number of claims")


if __name__ == "__main__":
    main()
