"""Pseudo-terminals as the interactive tests use them: a program started on a
new one; its output read up to a marker, until it goes quiet, or until the
program ends; and the terminal's own settings (whether it shows what is typed
and edits lines)."""
import os
import pty
import resource
import select
import termios
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


def start_session(program, arguments, term, columns=None, environment=None, core_file=True):
    """`PROGRAM ARGUMENTS` on a new pseudo-terminal of type `term` (`columns` wide, given as COLUMNS; `environment`
    added to the environment; with no core file written if it crashes, unless `core_file`): its process id, its fd
    and a Terminal."""
    env = dict(os.environ, TERM=term, LC_ALL="C.UTF-8", **(environment or {}))
    if columns is not None:
        env["COLUMNS"] = str(columns)
    pid, fd = pty.fork()
    if pid == 0:
        if not core_file:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.execve(program, [program] + arguments, env)
    return pid, fd, Terminal(fd)


def echo_off(fd, timeout=10):
    """Whether the terminal stops showing what is typed within `timeout` seconds (the session's own settings)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if not termios.tcgetattr(fd)[3] & termios.ECHO:
            return True
        time.sleep(0.01)
    return False


def terminal_failures(what, fd):
    """A failure if the terminal is not left showing what is typed and editing lines (as the session found it)."""
    settings = termios.tcgetattr(fd)[3]
    if settings & termios.ICANON and settings & termios.ECHO:
        return []
    return [f"{what}: the terminal was left without line editing or echo (local modes {settings:#x})"]
