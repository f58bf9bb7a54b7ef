#!/usr/bin/python3
"""Glance's RBD store loop (seed 000, `add` and `get`) with python3-rbd, for scripts/bench.

add: create a format-2 image (order = log2(chunk)), write 8 MiB chunks serially while
computing md5, create and protect snapshot `snap`. get: read the snapshot serially in
chunks, computing md5. This is the baseline rbdctl replaces; it is not part of rbdctl.

usage: glance_style.py add FILE POOL NAME   |   glance_style.py get POOL NAME OUT
"""
import hashlib
import math
import os
import sys

import rados
import rbd

CHUNK = 8 << 20


def connect():
    # Entering the context connects, and leaving it shuts down.
    return rados.Rados(conffile=os.environ.get("CEPH_CONF", ""))


def add(path, pool, name):
    order = int(math.log(CHUNK, 2))
    size = os.path.getsize(path)
    with connect() as cluster, cluster.open_ioctx(pool) as ioctx:
        rbd.RBD().create(ioctx, name, size, order, old_format=False, features=rbd.RBD_FEATURE_LAYERING)
        checksum = hashlib.md5()
        with rbd.Image(ioctx, name) as image, open(path, "rb") as f:
            offset = 0
            while True:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                checksum.update(chunk)
                image.write(chunk, offset)
                offset += len(chunk)
            image.create_snap("snap")
            image.protect_snap("snap")
        print(checksum.hexdigest())


def get(pool, name, out):
    with connect() as cluster, cluster.open_ioctx(pool) as ioctx:
        checksum = hashlib.md5()
        with rbd.Image(ioctx, name, snapshot="snap") as image, open(out, "wb") as f:
            size = image.size()
            offset = 0
            while offset < size:
                data = image.read(offset, min(CHUNK, size - offset))
                checksum.update(data)
                f.write(data)
                offset += len(data)
        print(checksum.hexdigest())


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "add":
        add(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == "get":
        get(*sys.argv[2:])
    else:
        sys.exit(__doc__)
