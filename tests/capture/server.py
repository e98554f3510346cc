"""A loopback HTTP server for capture tests: recorded API responses, and misbehaviour on demand.

Routes match a path and the paging parameters (max_id, min_id, since_id, cursor, q);
`limit` is ignored, as the recordings were made with other page sizes. Every request is
logged with its query and headers, so tests can check what the hub asked and how.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

RECORDINGS = Path(__file__).parent / "recordings"
PAGING = ("max_id", "min_id", "since_id", "cursor")


def recording(name):
    return json.loads((RECORDINGS / name).read_text(encoding="utf-8"))


class Replay:
    def __init__(self):
        self.routes = []  # (method, path, when, answer); later routes win
        self.log = []
        self.lock = threading.Lock()
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                replay._answer(self, "GET")

            def do_POST(self):
                replay._answer(self, "POST")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    # Routes ---------------------------------------------------------------------------

    def add(self, path, answer, *, method="GET", any_query=False, **when):
        """`answer`: {"status", "headers", "body"} or a callable(request) returning one.

        Without `any_query`, a route matches only the paging parameters it names.
        """
        self.routes.append((method, path, None if any_query else when, answer))

    def load(self, name, *, origin=None):
        """Serve a recording, its links rewritten from the recorded host to this server."""
        for entry in recording(name):
            headers = {
                key: value.replace(entry["origin"], origin or self.url)
                for key, value in entry["headers"].items()
            }
            when = {k: v for k, v in entry["query"].items() if k in PAGING}
            self.add(
                entry["path"],
                {"status": entry["status"], "headers": headers, "body": entry["body"]},
                **when,
            )

    def requests(self, path_part=""):
        with self.lock:
            return [r for r in self.log if path_part in r["path"]]

    # Serving --------------------------------------------------------------------------

    def _find(self, method, path, query):
        for route_method, route_path, when, answer in reversed(self.routes):
            if route_method != method or route_path != path:
                continue
            if when is None:
                return answer
            if all(query.get(k, "") == when.get(k, "") for k in PAGING if k in when or k in query):
                if "q" in when and query.get("q") != when["q"]:
                    continue
                return answer
        return None

    def _answer(self, handler, method):
        parts = urlsplit(handler.path)
        query = dict(parse_qsl(parts.query))
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        request = {
            "method": method,
            "path": parts.path,
            "query": query,
            "headers": dict(handler.headers),
            "body": body,
            "time": time.time(),
        }
        with self.lock:
            self.log.append(request)
        answer = self._find(method, parts.path, query)
        if callable(answer):
            answer = answer(request)
        if answer is None:
            answer = {"status": 404, "body": '{"error":"NotRecorded"}'}
        if answer.get("sleep"):
            time.sleep(answer["sleep"])
        payload = answer.get("body", "")
        if not isinstance(payload, (str, bytes)):
            payload = json.dumps(payload)
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        try:
            handler.send_response(answer.get("status", 200))
            headers = {
                "Content-Type": "application/json; charset=utf-8",
                **answer.get("headers", {}),
            }
            for key, value in headers.items():
                if key.lower() != "content-length":
                    handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)
