"""Import time, peak RSS and a cold script, each in fresh Python processes.

import (wall time of the whole process, interpreter start-up included):
  (floor)    python -c "import httpx, pydantic"
  (ours)     python -c "import telnyx_voice"      (lazy: names resolve on first use)
  (official) python -c "import telnyx"
  and, because ``import telnyx_voice`` defers its work, the same with the client class:
  ``from telnyx_voice import Telnyx`` / ``from telnyx import Telnyx`` against the same floor.

cold script (what a short-lived worker pays): import, construct a client, two
``send_dtmf`` POSTs to a loopback uvicorn server, one webhook verify + parse:
  (floor)    httpx.Client + json.dumps/.json() + PyNaCl VerifyKey.verify + json.loads
  (ours)     telnyx_voice.Telnyx + calls.actions.send_dtmf + client.webhooks.unwrap
  (official) telnyx.Telnyx + calls.actions.send_dtmf + client.webhooks.unwrap

Each cold script also times its own phases (``time.perf_counter``): the rows "client +
first call" and "first webhook unwrap" are the first use of the models a call and an
event need (ours imports only those modules: see ``telnyx_voice.types.models``).

Peak RSS is the child's own high-water mark (``VmHWM`` from ``/proc/self/status``, printed
by two lines appended to each command; ``ru_maxrss`` would include the parent's memory,
which Linux carries over a fork + exec).  One warm-up process per command
runs first (it also writes any missing ``.pyc``, as a first import does; the children run
without ``PYTHONDONTWRITEBYTECODE``).  Each round runs ``--n`` processes per command,
commands interleaved (A B C, C B A, ...).

    python benchmarks/bench_import.py [--n PROCESSES] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c

IMPORT = {
    "floor": "import httpx, pydantic",
    "ours": "import telnyx_voice",
    "official": "import telnyx",
}
IMPORT_CLIENT = {
    "floor": "import httpx, pydantic",
    "ours": "from telnyx_voice import Telnyx",
    "official": "from telnyx import Telnyx",
}

_PRELUDE = f"""
import time
T = [time.perf_counter()]
import json, sys
url, wh = sys.argv[1], json.load(open(sys.argv[2]))
CID, DIGITS, KEY = {c.CALL_CONTROL_ID!r}, {c.DIGITS!r}, {c.API_KEY!r}
"""

_PHASES = """
T.append(time.perf_counter())
print("phases", *(f"{b - a:.6f}" for a, b in zip(T, T[1:])))
"""
"""Appended to each cold script: the seconds of its phases (import, client + first POST,
second POST, webhook verify + parse), measured in the process with `time.perf_counter`."""

COLD = {
    "floor": _PRELUDE
    + """
import base64, uuid
import httpx
from nacl.signing import VerifyKey
T.append(time.perf_counter())
client = httpx.Client()
path = url + "/calls/" + CID.replace(":", "%3A") + "/actions/send_dtmf"
headers = {"Accept": "application/json", "Authorization": "Bearer " + KEY,
           "Content-Type": "application/json"}
for _ in range(2):
    body = json.dumps({"digits": DIGITS, "command_id": str(uuid.uuid4())}).encode()
    assert client.post(path, content=body, headers=headers).json()["data"]["result"] == "ok"
    T.append(time.perf_counter())
body, h = wh["body"].encode(), wh["headers"]
VerifyKey(base64.b64decode(wh["key"])).verify(
    h["telnyx-timestamp"].encode() + b"|" + body, base64.b64decode(h["telnyx-signature-ed25519"])
)
assert json.loads(body)["data"]["event_type"] == "call.dtmf.received"
"""
    + _PHASES,
    "ours": _PRELUDE
    + """
from telnyx_voice import Telnyx
T.append(time.perf_counter())
client = Telnyx(api_key=KEY, base_url=url, public_key=wh["key"])
for _ in range(2):
    assert client.calls.actions.send_dtmf(CID, digits=DIGITS).data.result == "ok"
    T.append(time.perf_counter())
event = client.webhooks.unwrap(wh["body"].encode(), wh["headers"])
assert type(event).__name__ == "CallDtmfReceivedEvent", type(event)
"""
    + _PHASES,
    "official": _PRELUDE
    + """
from telnyx import Telnyx
T.append(time.perf_counter())
client = Telnyx(api_key=KEY, base_url=url, public_key=wh["key"])
for _ in range(2):
    assert client.calls.actions.send_dtmf(CID, digits=DIGITS).data.result == "ok"
    T.append(time.perf_counter())
event = client.webhooks.unwrap(wh["body"], headers=wh["headers"])
assert event.data.event_type == "call.dtmf.received", event
"""
    + _PHASES,
}

PEAK = """
try:
    print([line.split()[1] for line in open("/proc/self/status") if line[:6] == "VmHWM:"][0])
except (OSError, IndexError):
    import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
"""Appended to every command: prints the process's peak RSS in kB."""

_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _check(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, env=_ENV, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark command failed: {cmd}\n{done.stderr}")


def _one(cmd: list[str]) -> tuple[float, float, list[float]]:
    """(wall seconds, peak RSS in MB, the phases it printed) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {cmd}")
    phases = [
        [float(x) for x in line.split()[1:]]
        for line in out.decode().splitlines()
        if line.startswith("phases ")
    ]
    return elapsed, int(out.split()[-1]) / 1024.0, phases[0] if phases else []


def _measure(
    cmds: dict[str, list[str]],
    n: int,
    rounds: int,
    phases: dict[str, list[list[float]]] | None = None,
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall seconds and peak RSS per command; `phases` (if given) collects what each
    process printed as its phases."""
    for cmd in cmds.values():
        _check(cmd)  # warm-up; fails loudly with the child's stderr
    wall: dict[str, list[float]] = {name: [] for name in cmds}
    rss: dict[str, list[float]] = {name: [] for name in cmds}
    names = list(cmds)
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            runs = [_one(cmds[name]) for _ in range(n)]
            wall[name].append(sum(t for t, _, _ in runs) / n)
            rss[name].append(sum(m for _, m, _ in runs) / n)
            if phases is not None:
                phases.setdefault(name, []).extend(p for _, _, p in runs)
    return wall, rss


def main() -> int:
    args = c.parse_args(__doc__, n=1, rounds=7, n_help="processes per command and round")
    has_official = c.official_sdk() is not None
    sides = [s for s in c.SIDES if s != "official" or has_official]
    py = sys.executable

    imp = {s: [py, "-c", IMPORT[s] + PEAK] for s in sides}
    imp_client = {s: [py, "-c", IMPORT_CLIENT[s] + PEAK] for s in sides if s != "floor"}
    imp_wall, imp_rss = _measure(imp, args.n, args.rounds)
    cli_wall, _ = _measure(imp_client, args.n, args.rounds)
    cli_wall["floor"] = imp_wall["floor"]  # same floor command, measured above

    body, headers, public_key, _, _ = c.signed_dtmf_webhook()
    with tempfile.TemporaryDirectory() as tmp, c.loopback_server() as server:
        wh_file = Path(tmp) / "webhook.json"
        wh_file.write_text(
            json.dumps({"body": body.decode(), "headers": headers, "key": public_key})
        )
        cold = {s: [py, "-c", COLD[s] + PEAK, f"{server}/v2", str(wh_file)] for s in sides}
        phases: dict[str, list[list[float]]] = {}
        cold_wall, cold_rss = _measure(cold, args.n, args.rounds, phases)
    # phases of the cold scripts: 0 import, 1 client + first POST, 2 second POST, 3 webhook
    first_call = {s: [p[1] for p in runs] for s, runs in phases.items()}
    first_webhook = {s: [p[3] for p in runs] for s, runs in phases.items()}

    rows = [
        c.row(
            "import",
            'import: `python -c "import telnyx_voice"` vs `import httpx, pydantic` vs `import telnyx`',
            "ms",
            imp_wall,
            scale=1e3,
            labels={
                "floor": IMPORT["floor"],
                "ours": IMPORT["ours"],
                "official": IMPORT["official"],
            },
            target=1.3,
            issue_official=8.9,
        ),
        c.row(
            "import_client",
            "import of the client class: `from telnyx_voice import Telnyx` (same floor)",
            "ms",
            cli_wall,
            scale=1e3,
            labels={
                "floor": IMPORT_CLIENT["floor"],
                "ours": IMPORT_CLIENT["ours"],
                "official": IMPORT_CLIENT["official"],
            },
            note="supplementary: `import telnyx_voice` is lazy",
        ),
        c.row(
            "import_rss",
            "peak RSS of the import processes",
            "MB",
            imp_rss,
            scale=1.0,
            labels={
                "floor": IMPORT["floor"],
                "ours": IMPORT["ours"],
                "official": IMPORT["official"],
            },
        ),
        c.row(
            "cold",
            "cold script: import, client, 2 POSTs to loopback, 1 webhook unwrap (whole process)",
            "ms",
            cold_wall,
            scale=1e3,
            labels={
                "floor": "httpx + json + PyNaCl",
                "ours": "telnyx_voice",
                "official": "telnyx",
            },
            target=1.5,
            issue_official=11.0,
        ),
        c.row(
            "cold_first_call",
            "↳ in the cold script: client + first `send_dtmf` (first use of its models)",
            "ms",
            first_call,
            scale=1e3,
            labels={
                "floor": "httpx.Client() + first POST",
                "ours": "telnyx_voice",
                "official": "telnyx",
            },
        ),
        c.row(
            "cold_first_webhook",
            "↳ in the cold script: first webhook unwrap (verify + parse, first use of its event model)",
            "ms",
            first_webhook,
            scale=1e3,
            labels={
                "floor": "PyNaCl verify + json.loads",
                "ours": "telnyx_voice",
                "official": "telnyx",
            },
        ),
        c.row(
            "cold_rss",
            "peak RSS of the cold script",
            "MB",
            cold_rss,
            scale=1.0,
            labels={"floor": "httpx + json + PyNaCl", "ours": "telnyx_voice", "official": "telnyx"},
        ),
    ]
    c.emit("bench_import", rows, args, official_version=c.official_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
