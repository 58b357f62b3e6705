"""A pseudo-terminal's output as the interactive tests read it: up to a
marker, until it goes quiet, or until the program ends."""
import os
import select
import time


class Terminal:
    """The session's output, read as it comes; what is past a marker is kept for the next read."""

    def __init__(self, fd):
        self.fd = fd
        self.pending = b""

    def _read_more(self):
        """Adds what the terminal has to `pending`; False once the program on it has ended."""
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the other end is closed
            return False
        self.pending += chunk
        return bool(chunk)

    def _take(self, end=None):
        end = len(self.pending) if end is None else end
        text, self.pending = self.pending[:end], self.pending[end:]
        return text.decode(errors="replace")

    def read_until(self, marker, timeout=20):
        wanted = marker.encode()
        deadline = time.time() + timeout
        while wanted not in self.pending:
            if time.time() > deadline:
                raise TimeoutError(f"waited for {marker!r}; got:\n{self.pending.decode(errors='replace')[-1500:]}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready and not self._read_more():
                break
        return self._take(self.pending.find(wanted) + len(wanted))

    def read_quiet(self, quiet=0.4, timeout=10):
        """What comes until nothing more has come for `quiet` seconds."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready or not self._read_more():
                break
        return self._take()

    def read_to_end(self, timeout=30):
        """Everything until the program on the terminal ends (the terminal closes)."""
        deadline = time.time() + timeout
        while True:
            if time.time() > deadline:
                raise TimeoutError(f"the program did not end; got:\n{self.pending.decode(errors='replace')[-1500:]}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready and not self._read_more():
                break
        return self._take()
