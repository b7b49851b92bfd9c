#!/usr/bin/env python3
"""A bounded load test of ``docintel serve`` on loopback.

Starts the server as its own process (a fresh data folder), then CLIENTS
clients for SECONDS each: open the page (CSRF cookie), upload a sample
agreement, and poll its status once a second until it is read or the time is
up, then start over. Every request must be answered (202, 200, or 503 "busy"
with Retry-After), never time out or fail; the queue stays bounded (the busy
answers); the server's memory is sampled each second.

    .venv/bin/python scripts/load.py [--clients 50] [--seconds 120] [--file samples/coop_zh_only_native.pdf]

Prints p50/p95 latency of the upload and status calls, the answers by status
code, and the server's resident memory at start, at the end and at its peak.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    upload: list[float] = field(default_factory=list)
    status: list[float] = field(default_factory=list)
    codes: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    finished: int = 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def one_client(base: str, data: bytes, name: str, until: float, tally: Tally) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60.0) as c:
        while time.monotonic() < until:
            try:
                await c.get("/")
                t = time.perf_counter()
                r = await c.post("/api/uploads", files=[("files", (name, data))],
                                 headers={"X-CSRF-Token": c.cookies.get("docintel_csrf", "")})
                tally.upload.append(time.perf_counter() - t)
                tally.codes[f"upload {r.status_code}"] += 1
                if r.status_code == 503:
                    await asyncio.sleep(1.0)  # a real client would wait the minute; the test keeps the pressure on
                    continue
                if r.status_code != 202:
                    tally.failures.append(f"upload answered {r.status_code}: {r.text[:200]}")
                    continue
                upload_id = r.json()["id"]
                while time.monotonic() < until:
                    t = time.perf_counter()
                    s = await c.get(f"/api/uploads/{upload_id}")
                    tally.status.append(time.perf_counter() - t)
                    tally.codes[f"status {s.status_code}"] += 1
                    if s.status_code != 200:
                        tally.failures.append(f"status answered {s.status_code}")
                        break
                    if s.json()["state"] in ("done", "failed"):
                        tally.finished += 1
                        break
                    await asyncio.sleep(1.0)
            except httpx.HTTPError as exc:
                tally.failures.append(f"{type(exc).__name__}: {exc}")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def run(clients: int, seconds: float, file: Path) -> tuple[Tally, list[float]]:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="docintel-load-") as data_dir:
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        server = subprocess.Popen([sys.executable, "-m", "docintel", "serve", "--port", str(port), "--data-dir",
                                   data_dir, "--jobs", "2"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(base + "/", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            proc = psutil.Process(server.pid)
            memory: list[float] = []
            tally = Tally()

            async def main() -> None:
                until = time.monotonic() + seconds

                async def sample() -> None:
                    while time.monotonic() < until:
                        memory.append(proc.memory_info().rss / 2**20)
                        await asyncio.sleep(1.0)

                await asyncio.gather(sample(), *(one_client(base, file.read_bytes(), file.name, until, tally)
                                                 for _ in range(clients)))

            asyncio.run(main())
            return tally, memory
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--file", type=Path, default=ROOT / "samples" / "coop_zh_only_native.pdf")
    args = ap.parse_args(argv)
    tally, memory = run(args.clients, args.seconds, args.file)
    print(f"{args.clients} clients for {args.seconds:.0f} s: {sum(tally.codes.values())} requests answered, "
          f"{len(tally.failures)} failed; {tally.finished} uploads read to the end")
    for code, n in sorted(tally.codes.items()):
        print(f"  {code}: {n}")
    print(f"upload p50 {percentile(tally.upload, 50) * 1000:.0f} ms, p95 {percentile(tally.upload, 95) * 1000:.0f} ms; "
          f"status p50 {percentile(tally.status, 50) * 1000:.0f} ms, p95 {percentile(tally.status, 95) * 1000:.0f} ms")
    if memory:
        print(f"server memory: {memory[0]:.0f} MiB at start, {memory[-1]:.0f} MiB at the end, {max(memory):.0f} MiB peak")
    for failure in tally.failures[:10]:
        print("  failure:", failure)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
