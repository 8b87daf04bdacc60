#!/usr/bin/env python3
"""The model_signing way of hashing a model directory, as a baseline for compute-receipt's bench.

OpenSSF model_signing (sigstore/model-transparency) hashes every file with hashlib SHA-256,
reading 1 MiB at a time, one file per task of a concurrent.futures thread pool (default size),
then SHA-256 over the raw file digests in path order. This script does the same with the
standard library only, and prints the root digest (sha256:<hex>) and the file count.

usage: model_signing_pool.py DIR
"""
import concurrent.futures
import hashlib
import os
import sys

IGNORES = {".git", ".gitattributes", ".github", ".gitignore"}
CHUNK = 1 << 20


def files_of(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        if dirpath == root:
            dirnames[:] = [d for d in dirnames if d not in IGNORES]
            filenames = [f for f in filenames if f not in IGNORES]
        for f in filenames:
            out.append(os.path.join(dirpath, f))
    return out


def hash_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            data = f.read(CHUNK)
            if not data:
                break
            h.update(data)
    return h.digest()


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = sys.argv[1]
    paths = files_of(root)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        digests = dict(zip(paths, pool.map(hash_file, paths)))
    # Path order: by the list of components, each compared by code point (as pathlib sorts).
    key = lambda p: os.path.relpath(p, root).split(os.sep)
    root_hash = hashlib.sha256()
    for p in sorted(paths, key=key):
        root_hash.update(digests[p])
    print(f"sha256:{root_hash.hexdigest()} {len(paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
