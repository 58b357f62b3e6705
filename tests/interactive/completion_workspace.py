"""Where the completion tests press Tab, shared by the bash and zsh drivers:
a folder whose name holds a space, with assessment files whose names hold
spaces, quotes, a backslash and a tab, coprod on PATH, and an interactive
shell started there on a pseudo-terminal."""
import fcntl
import os
import pty
import struct
import tempfile
import termios
from contextlib import contextmanager
from dataclasses import dataclass

from pty_terminal import Terminal

PROMPT = "READY> "

FILES = ["North Tyneside/2026-Q3-organisation.coprod.yaml", "North Tyneside/2026-Q4-organisation.coprod.yaml",
         "it's here.coprod.yaml", 'say "hello".coprod.yaml', "back\\slash.coprod.yaml", "tab\there.coprod.yaml"]


@dataclass
class Workspace:
    root: str  # the temporary folder: HOME, and coprod's bin/
    work: str  # the folder with FILES, where the shell starts
    env: dict  # the shell's whole environment


@contextmanager
def completion_workspace(binary, **env):
    """A Workspace, removed afterwards; `env` is added to the shell's environment."""
    with tempfile.TemporaryDirectory() as root:
        work = os.path.join(root, "area reviews")
        for name in FILES:
            path = os.path.join(work, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()
        bin_dir = os.path.join(root, "bin")
        os.mkdir(bin_dir)
        os.symlink(os.path.abspath(binary), os.path.join(bin_dir, "coprod"))
        base = {"PATH": bin_dir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"), "HOME": root,
                "TERM": "dumb", "LC_ALL": "C.UTF-8", "PS1": PROMPT}
        yield Workspace(root, work, dict(base, **env))


def start_shell(workspace, argv, columns=80):
    """`argv` (an interactive shell) in the workspace's folder, on a pseudo-terminal `columns` wide:
    its process id, its fd and a Terminal."""
    pid, fd = pty.fork()
    if pid == 0:
        # the size is set before the shell starts, so it never reads another
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
        os.chdir(workspace.work)
        os.execve(argv[0], argv, workspace.env)
    return pid, fd, Terminal(fd)
