#!/usr/bin/python3
"""rbdctl's scale benchmark (issue 15), run as `scripts/bench --scale` (not in CI).

For each N in SCALE_N (default "2000,10000"): a pool of N images of 1 MiB, 10% of them
with a protected `snap` and metadata, made with python3-rbd from 16 threads. Then, in
the same run, rbdctl against the real tools:
  image ls / volume ls       vs  rbd ls -l       (time, OSD ops per image, peak RSS)
  image ls --names           vs  rbd ls
  volume stats               vs  ceph df
  volume stats --provisioned, image gc --dry-run (times)
and once, a golden volume with GOLDEN clones (default 200):
  volume clone of it         vs  volume clone of a parent with none
  volume tree                vs  rbd children --descendants
  volume info / snapshot ls  vs  rbd info / rbd snap ls
OSD ops are counted as `osd_op(` lines of a debug-ms=1 client log (CEPH_ARGS). With
DELAY_MS (default 2) > 0 the listings run again with Ceph's messenger delay injection
on the client (ms_inject_delay_*), to see whether it takes effect on this Ceph.

A size above SCALE_FULL_MAX (default 10000), e.g. SCALE_N=2000,10000,100000, gets the
short treatment, for issue 15's memory bound (image ls over 100,000 images <= 64 MiB):
image ls (time, peak RSS, OSD ops), image ls --names, volume ls, and rbd ls -l once
(SCALE_BIG_RBD=0 leaves rbd out); its time per image is compared with the first N's.
Making 100,000 images takes about 5 minutes at ~330 images/s (2 cores, one memstore OSD),
and the memstore OSD holds them in RAM: it grew to 10 GiB and was OOM-killed on a
shared 24 GiB machine, so give it the room (or a smaller N) before asking for that.

Environment: CEPH_CONF (default: scripts/cluster's), SCALE_N, SCALE_FULL_MAX,
SCALE_BIG_RBD, GOLDEN, CLONE_ROUNDS, RUNS (default 3), DELAY_MS, BENCH_JSON (default bench-scale.json
in the current directory), RBDCTL (default target/release/rbdctl).
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import rados
import rbd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RBDCTL = os.environ.get("RBDCTL", os.path.join(ROOT, "target", "release", "rbdctl"))
RUNS = int(os.environ.get("RUNS", "3"))
SIZES = [int(n) for n in os.environ.get("SCALE_N", "2000,10000").split(",") if n]
GOLDEN = int(os.environ.get("GOLDEN", "200"))
DELAY_MS = float(os.environ.get("DELAY_MS", "2"))
FULL_MAX = int(os.environ.get("SCALE_FULL_MAX", "10000"))
# Rounds of RUNS clones of each parent, alternated (a clone is short: load swings matter).
CLONE_ROUNDS = int(os.environ.get("CLONE_ROUNDS", "3"))
BIG_RBD = os.environ.get("SCALE_BIG_RBD", "1") != "0"
results = {}


def log(msg):
    print(f"bench-scale: {msg}", file=sys.stderr, flush=True)


def sh(cmd, env=None):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def run_once(cmd, env=None):
    """(seconds, peak RSS KiB) of one run under /usr/bin/time -v."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, env=env)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"bench-scale: {' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    rss = next((int(line.split(":")[1]) for line in p.stderr.splitlines() if "Maximum resident" in line), 0)
    return dt, rss


def timed(key, cmd, env=None, runs=None):
    """Median time over RUNS runs, max RSS; stored under `key`."""
    samples = [run_once(cmd, env) for _ in range(runs or RUNS)]
    t = statistics.median(s[0] for s in samples)
    rss = max(s[1] for s in samples)
    results[key] = {"seconds": round(t, 3), "rss_kib": rss}
    log(f"{key}: {t:.3f} s, {rss // 1024} MiB")
    return t


def osd_ops(cmd):
    """OSD requests the client sent: `osd_op(` lines of its debug-ms=1 log."""
    with tempfile.NamedTemporaryFile(prefix="rbdctl-ops-", suffix=".log", delete=False) as f:
        path = f.name
    env = dict(os.environ, CEPH_ARGS=f"--debug-ms=1 --log-file={path}")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    with open(path, errors="replace") as f:
        n = sum(line.count("osd_op(") for line in f)
    os.unlink(path)
    return n


def make_pool(name):
    subprocess.run(["ceph", "osd", "pool", "rm", name, name, "--yes-i-really-really-mean-it"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sh(["ceph", "osd", "pool", "create", name, "32", "32"])
    for _ in range(20):
        if subprocess.run(["rbd", "pool", "init", name], stderr=subprocess.DEVNULL).returncode == 0:
            return
        time.sleep(0.5)
    sys.exit(f"bench-scale: rbd pool init {name} failed")


def drop_pool(name):
    subprocess.run(["ceph", "osd", "pool", "rm", name, name, "--yes-i-really-really-mean-it"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def populate(cluster, pool, n, have=()):
    io = cluster.open_ioctx(pool)

    def create(name):
        # Under load, a create now and then fails (seen: EBADF from the directory add
        # at ~73,000 images, while a create right after worked): remove what it left
        # and try again.
        for attempt in range(3):
            try:
                rbd.RBD().create(io, name, 1 << 20)
                return
            except rbd.Error:
                if attempt == 2:
                    raise
                try:
                    rbd.RBD().remove(io, name)
                except rbd.Error:
                    pass
                time.sleep(1)

    def make(i):
        name = f"img-{i:06d}"
        if name in have:
            return
        create(name)
        if i % 10 == 0:
            with rbd.Image(io, name) as img:
                img.create_snap("snap")
                img.protect_snap("snap")
                img.metadata_set("rbdctl.checksum.md5", "0" * 32)
                img.metadata_set("rbdctl.size", str(1 << 20))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(16) as ex:
        list(ex.map(make, range(n)))
    io.close()
    log(f"made {n} images in {time.perf_counter() - t0:.1f} s")


def ratio(a, b):
    return round(results[a]["seconds"] / results[b]["seconds"], 2)


def listing(pool, n, tag=""):
    timed(f"{tag}rbd ls -l@{n}", ["rbd", "ls", "-l", pool])
    timed(f"{tag}image ls@{n}", [RBDCTL, "image", "ls", "--pool", pool])
    timed(f"{tag}volume ls@{n}", [RBDCTL, "volume", "ls", "--pool", pool])


def big(pool, n):
    """The short treatment of a size above FULL_MAX: memory and time per image."""
    timed(f"image ls@{n}", [RBDCTL, "image", "ls", "--pool", pool])
    timed(f"image ls --names@{n}", [RBDCTL, "image", "ls", "--names", "--pool", pool])
    timed(f"volume ls@{n}", [RBDCTL, "volume", "ls", "--pool", pool], runs=1)
    if BIG_RBD:
        timed(f"rbd ls -l@{n}", ["rbd", "ls", "-l", pool], runs=1)
    ops = {"image ls": osd_ops([RBDCTL, "image", "ls", "--pool", pool])}
    results[f"osd ops per image@{n}"] = {k: round(v / n, 2) for k, v in ops.items()}
    log(f"osd ops per image@{n}: {results[f'osd ops per image@{n}']}")


def scale(cluster, n):
    pool = f"rbdctl-scale-{n}"
    make_pool(pool)
    populate(cluster, pool, n)
    if n > FULL_MAX:
        big(pool, n)
        drop_pool(pool)
        return
    listing(pool, n)
    timed(f"rbd ls@{n}", ["rbd", "ls", pool])
    timed(f"image ls --names@{n}", [RBDCTL, "image", "ls", "--names", "--pool", pool])
    timed(f"ceph df@{n}", ["ceph", "df"])
    timed(f"volume stats@{n}", [RBDCTL, "volume", "stats", "--pool", pool])
    timed(f"volume stats --provisioned@{n}", [RBDCTL, "volume", "stats", "--provisioned", "--pool", pool], runs=1)
    timed(f"image gc --dry-run@{n}", [RBDCTL, "image", "gc", "--dry-run", "--pool", pool], runs=1)
    ops = {
        "rbd ls -l": osd_ops(["rbd", "ls", "-l", pool]),
        "image ls": osd_ops([RBDCTL, "image", "ls", "--pool", pool]),
        "volume ls": osd_ops([RBDCTL, "volume", "ls", "--pool", pool]),
        "image ls --names": osd_ops([RBDCTL, "image", "ls", "--names", "--pool", pool]),
    }
    results[f"osd ops per image@{n}"] = {k: round(v / n, 2) for k, v in ops.items()}
    log(f"osd ops per image@{n}: {results[f'osd ops per image@{n}']}")
    if DELAY_MS > 0 and n == SIZES[0]:
        delay = f"--ms_inject_delay_type=osd --ms_inject_delay_max={DELAY_MS / 1000} --ms_inject_delay_probability=1"
        env = dict(os.environ, CEPH_ARGS=delay)
        timed(f"delayed rbd ls -l@{n}", ["rbd", "ls", "-l", pool], env=env, runs=1)
        timed(f"delayed image ls@{n}", [RBDCTL, "image", "ls", "--pool", pool], env=env, runs=1)
    drop_pool(pool)


def golden(cluster):
    pool = "rbdctl-scale-golden"
    make_pool(pool)
    io = cluster.open_ioctx(pool)
    for name in ("gold", "lonely"):
        rbd.RBD().create(io, name, 1 << 20)
    t0 = time.perf_counter()
    with rbd.Image(io, "gold") as img:
        for i in range(GOLDEN):
            img.create_snap(f"c{i:04d}.clone_snap")
            img.protect_snap(f"c{i:04d}.clone_snap")

    def clone(i):
        rbd.RBD().clone(io, "gold", f"c{i:04d}.clone_snap", io, f"c{i:04d}")

    with ThreadPoolExecutor(16) as ex:
        list(ex.map(clone, range(GOLDEN)))
    io.close()
    log(f"made gold with {GOLDEN} clones in {time.perf_counter() - t0:.1f} s")
    vol = [RBDCTL, "volume"]

    clone_samples = {}

    def clone_time(key, parent):
        samples = clone_samples.setdefault(key, [])
        for r in range(RUNS):
            child = f"{parent}-x{r}"
            samples.append(run_once(vol + ["clone", parent, child, "--pool", pool])[0])
            sh(vol + ["rm", child, "--pool", pool])
        results[key] = {"seconds": round(statistics.median(samples), 3), "runs": len(samples)}
        log(f"{key}: {results[key]['seconds']} s")

    def rbd_clone_time(key, parent):
        """What Cinder's create_cloned_volume asks of librbd, as rbd commands: snap
        create, snap protect, clone (3 processes: the time includes 3 connects)."""
        samples = []
        for r in range(RUNS):
            child, snap = f"{parent}-r{r}", f"{pool}/{parent}@{parent}-r{r}.clone_snap"
            t0 = time.perf_counter()
            sh(["rbd", "snap", "create", snap])
            sh(["rbd", "snap", "protect", snap])
            sh(["rbd", "clone", snap, f"{pool}/{child}"])
            samples.append(time.perf_counter() - t0)
            sh(["rbd", "rm", f"{pool}/{child}"])
            sh(["rbd", "snap", "unprotect", snap])
            sh(["rbd", "snap", "rm", snap])
        results[key] = {"seconds": round(statistics.median(samples), 3)}
        log(f"{key}: {results[key]['seconds']} s")

    # Alternated, so that a change of load hits both parents alike.
    for _ in range(CLONE_ROUNDS):
        clone_time("volume clone (0 clones)", "lonely")
        clone_time(f"volume clone ({GOLDEN} clones)", "gold")
    rbd_clone_time("rbd snap create+protect+clone (0 clones)", "lonely")
    rbd_clone_time(f"rbd snap create+protect+clone ({GOLDEN} clones)", "gold")
    timed("rbd children --descendants", ["rbd", "children", "--descendants", "--all", f"{pool}/gold"])
    timed("volume tree", vol + ["tree", "gold", "--pool", pool])
    timed("rbd info", ["rbd", "info", f"{pool}/gold"])
    timed("volume info", vol + ["info", "gold", "--pool", pool])
    timed("rbd snap ls", ["rbd", "snap", "ls", f"{pool}/gold"])
    timed("volume snapshot ls", vol + ["snapshot", "ls", "gold", "--pool", pool])
    results["golden osd ops"] = {
        "rbd children --descendants": osd_ops(["rbd", "children", "--descendants", "--all", f"{pool}/gold"]),
        "volume tree": osd_ops(vol + ["tree", "gold", "--pool", pool]),
        "rbd info": osd_ops(["rbd", "info", f"{pool}/gold"]),
        "volume info": osd_ops(vol + ["info", "gold", "--pool", pool]),
        "volume info c0007 (clone depth walk)": osd_ops(vol + ["info", "c0007", "--pool", pool]),
    }
    log(f"golden osd ops: {results['golden osd ops']}")
    drop_pool(pool)


def report():
    rows = []
    for n in SIZES:
        if f"image ls@{n}" not in results:
            continue
        ops = results[f"osd ops per image@{n}"]
        if n > FULL_MAX:
            rows.append((f"N={n}: image ls peak RSS MiB", results[f"image ls@{n}"]["rss_kib"] // 1024, "<= 64"))
            rows.append((f"N={n}: image ls seconds", results[f"image ls@{n}"]["seconds"], "-"))
            rows.append((f"N={n}: OSD ops per image, image ls", ops["image ls"], "<= 4"))
            if f"rbd ls -l@{n}" in results:
                rows.append((f"N={n}: image ls / rbd ls -l (rbd once)", ratio(f"image ls@{n}", f"rbd ls -l@{n}"), "<= 0.5"))
                rows.append((f"N={n}: volume ls / rbd ls -l (both once)", ratio(f"volume ls@{n}", f"rbd ls -l@{n}"), "<= 0.5"))
            a = SIZES[0]
            if a != n and f"image ls@{a}" in results:
                per = [results[f"image ls@{m}"]["seconds"] / m for m in (a, n)]
                rows.append((f"image ls time per image, N={n} / N={a}", round(per[1] / per[0], 2), "-"))
            continue
        rows += [
            (f"N={n}: image ls / rbd ls -l", ratio(f"image ls@{n}", f"rbd ls -l@{n}"), "<= 0.5"),
            (f"N={n}: volume ls / rbd ls -l", ratio(f"volume ls@{n}", f"rbd ls -l@{n}"), "<= 0.5"),
            (f"N={n}: image ls --names / rbd ls", ratio(f"image ls --names@{n}", f"rbd ls@{n}"), "~1"),
            (f"N={n}: OSD ops per image, image ls (rbd ls -l {ops['rbd ls -l']})", ops["image ls"], "<= 4"),
            (f"N={n}: OSD ops per image, volume ls", ops["volume ls"], "<= 4"),
            (f"N={n}: volume stats / ceph df", ratio(f"volume stats@{n}", f"ceph df@{n}"), "<= 2"),
            (f"N={n}: image ls peak RSS MiB", results[f"image ls@{n}"]["rss_kib"] // 1024, "<= 64"),
        ]
    if len(SIZES) > 1 and SIZES[1] <= FULL_MAX and all(f"image ls@{n}" in results for n in SIZES[:2]):
        a, b = SIZES[:2]
        per = [results[f"image ls@{n}"]["seconds"] / n for n in (a, b)]
        rows.append((f"image ls time per image, N={b} / N={a}", round(per[1] / per[0], 2), "<= 1.2"))
    if SIZES and f"delayed image ls@{SIZES[0]}" in results:
        n = SIZES[0]
        rows.append((f"N={n} +{DELAY_MS} ms/msg: rbd ls -l slowdown", ratio(f"delayed rbd ls -l@{n}", f"rbd ls -l@{n}"), "-"))
        rows.append((f"N={n} +{DELAY_MS} ms/msg: image ls slowdown", ratio(f"delayed image ls@{n}", f"image ls@{n}"), "-"))
        rows.append((f"N={n} +{DELAY_MS} ms/msg: image ls / rbd ls -l", ratio(f"delayed image ls@{n}", f"delayed rbd ls -l@{n}"), "-"))
    if "volume tree" in results:
        rows += [
            (f"volume clone, {GOLDEN} clones / none", ratio(f"volume clone ({GOLDEN} clones)", "volume clone (0 clones)"), "<= 1.2"),
            (f"rbd snap create+protect+clone, {GOLDEN} clones / none",
             ratio(f"rbd snap create+protect+clone ({GOLDEN} clones)", "rbd snap create+protect+clone (0 clones)"), "-"),
            ("volume tree / rbd children --descendants", ratio("volume tree", "rbd children --descendants"), "<= 1.0"),
            ("volume info / rbd info", ratio("volume info", "rbd info"), "<= 2"),
            ("volume snapshot ls / rbd snap ls", ratio("volume snapshot ls", "rbd snap ls"), "<= 2"),
        ]
    print(f"{'measure':62} {'value':>8}  target")
    for name, value, target in rows:
        print(f"{name:62} {value:>8}  {target}")
    path = os.environ.get("BENCH_JSON", "bench-scale.json")
    with open(path, "w") as f:
        json.dump({"results": results, "table": rows}, f, indent=1)
    log(f"wrote {path}")


def main():
    if not os.path.exists(RBDCTL):
        sys.exit("bench-scale: build first: cargo build --release")
    if "CEPH_CONF" not in os.environ:
        env = sh(["bash", os.path.join(ROOT, "scripts", "cluster"), "up"]).stdout.decode()
        os.environ["CEPH_CONF"] = env.split("CEPH_CONF=")[1].split()[0]
    cluster = rados.Rados(conffile="")
    cluster.connect()
    try:
        for n in SIZES:
            scale(cluster, n)
        if GOLDEN > 0:
            golden(cluster)
    finally:
        cluster.shutdown()
    report()


if __name__ == "__main__":
    main()
