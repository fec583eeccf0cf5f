"""CPU used by processes that are not part of a benchmark, over a measured window.

The benchmarks share the machine's CPUs with everything else on it; on a 2-CPU machine another
test run skews the figures badly. This reads /proc at the start and the end of a window and adds
up the CPU time of the user-space processes that are not this process or its descendants (the
stack, the peer, wrk). It is an estimate: a process that started and ended inside the window is
only seen through its parent's reaped-children times. Linux only.
"""
import os

TICK = os.sysconf("SC_CLK_TCK")
WARN_SHARE = 0.10  # of one CPU, over the window


def _snapshot():
    procs = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                text = f.read()
        except OSError:
            continue
        comm = text[text.find("(") + 1:text.rfind(")")]
        fields = text[text.rfind(")") + 2:].split()
        # fields[0] is state (field 3); ppid field 4; utime..cstime fields 14..17
        ppid = int(fields[1])
        ticks = sum(int(x) for x in fields[11:15])
        procs[int(name)] = (ppid, comm, ticks)
    return procs


def _tree(procs, root):
    children = {}
    for pid, (ppid, _, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    out, todo = set(), [root]
    while todo:
        p = todo.pop()
        if p in out:
            continue
        out.add(p)
        todo += children.get(p, [])
    return out


class ForeignCpu:
    """with ForeignCpu() as fc: ...; then fc.seconds, fc.share (of one CPU), fc.top, fc.warning()."""

    def __enter__(self):
        import time
        self._t0 = time.monotonic()
        self._start = _snapshot()
        self._ours0 = _tree(self._start, os.getpid())
        return self

    def __exit__(self, *exc):
        import time
        end = _snapshot()
        wall = max(time.monotonic() - self._t0, 1e-6)
        ours = _tree(end, os.getpid()) | self._ours0
        kernel = _tree(end, 2) | {0, 2}
        used = {}
        for pid, (ppid, comm, ticks) in end.items():
            if pid in ours or pid in kernel:
                continue
            before = self._start.get(pid)
            delta = ticks - before[2] if before and before[1] == comm else ticks
            if delta > 0:
                used[(pid, comm)] = delta
        self.seconds = sum(used.values()) / TICK
        self.wall = wall
        self.share = self.seconds / wall
        self.top = sorted(used.items(), key=lambda kv: -kv[1])[:3]
        return False

    def summary(self):
        top = ", ".join("%s[%d] %.1f s" % (comm, pid, t / TICK) for (pid, comm), t in self.top)
        return "other processes used %.1f CPU-s in %.0f s (%.0f%% of one CPU)%s" % (
            self.seconds, self.wall, 100.0 * self.share, (": " + top) if top else "")

    def warning(self):
        """A warning line when the machine was not quiet, else None."""
        if self.share <= WARN_SHARE:
            return None
        return "WARNING: the machine was not quiet: " + self.summary() + "; the figures are disturbed"
