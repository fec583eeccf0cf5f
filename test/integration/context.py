"""The stack the integration tests run against; test/run_all.py sets it before loading them."""
import threading

STACK = None


def stack():
    assert STACK is not None, "run the integration tests through test/run_all.py"
    return STACK


class Load:
    """Background GET requests on several threads; records every status that came back."""

    def __init__(self, path="/personvern", threads=4):
        self.path = path
        self.threads = threads
        self.statuses = []
        self.errors = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._workers = []

    def _run(self):
        while not self._stop.is_set():
            try:
                status = stack().get(self.path, timeout=10)[0]
                with self._lock:
                    self.statuses.append(status)
            except Exception as e:  # a refused or broken connection is a failure too
                with self._lock:
                    self.errors.append(repr(e))

    def __enter__(self):
        for _ in range(self.threads):
            t = threading.Thread(target=self._run, daemon=True)
            t.start()
            self._workers.append(t)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for t in self._workers:
            t.join(15)

    def failures(self):
        return [s for s in self.statuses if s != 200] + self.errors
