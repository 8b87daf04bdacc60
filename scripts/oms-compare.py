#!/usr/bin/env python3
"""Compare `compute-receipt hash --json` with the OpenSSF model_signing library's own hashing code.

Not part of the test suite (the tests carry their own reference of the order); this is the
interoperability check a reviewer runs by hand:

    pip install model-signing            # or: --src DIR, a model-transparency checkout's src/
    npm run build
    python3 scripts/oms-compare.py [--cli "node dist/cli/index.js"] [--src DIR]

For each tree (awkward names where a whole-name sort, a UTF-16 sort and model_signing's per-component
order disagree) it hashes with model_signing.hashing.Config().hash(), builds model_signing's in-toto
payload (signing.Payload) and compares the subject digest and the resource list with ours. It then
writes a receipt for the tree (`create`) and reads our workload.statement.json with model_signing's own
payload parser (signing.dsse_payload_to_manifest, which checks the predicate type, the one subject and
that the resources re-hash to the subject digest), and compares the result with model_signing's own
manifest of the tree.
Exit 0 when every tree agrees, 1 otherwise.

With --src, model_signing's modules are loaded from the checkout without its package __init__ (which
needs the Sigstore client); `blake3` and `in_toto_attestation`, imported at module load but not used
for SHA-256 hashing, are replaced by minimal stand-ins when they are not installed.
"""
import argparse
import json
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile
import types

TREES = {
    "issue": {"a-b": "1", "a/b": "2", "a b/c.txt": "3", "model.safetensors": "4", "model/x": "5"},
    "awkward": {
        "with space.txt": "space", 'quote"s.txt': "dq", "apos'.txt": "sq", "hash#.md": "# t",
        "back\\slash.txt": "bs", "-leading-dash": "dash", "[md](link)`_~|.md": "md",
        "caf\u00e9.txt": "nfc", "cafe\u0301.txt": "nfd", "\uff61half.txt": "ff61", "\U0001f600emoji.txt": "1f600",
        "a-b": "1", "a.b": "2", "a/b": "3", "a b/c.txt": "4", "a!": "5", "a/c/d": "6x",
        "model.safetensors": "w", "model/x": "x", "model-00001-of-00002.safetensors": "s1",
        "model-00002-of-00002.safetensors": "s2", "x/\uff61": "p", "x/\U00010000": "q", "x/\u00e9/z": "r", "x/e/z": "s",
        "empty": "", "d/e/f/deep.txt": "deep", "sub/.git": "nested", "sub/.github/w.yml": "nested",
        ".git/config": "ignored", ".gitignore": "ignored",
    },
    "astral": {"\U0001f600": "a", "\uffff": "b", "\ue000": "c", "z\U00010000/a": "d", "z\uffff/a": "e", "z/a": "f"},
    "single-file": {"model.safetensors": "single"},
}


def load_model_signing(src):
    if src:
        for name in ("blake3", "in_toto_attestation"):
            try:
                __import__(name)
            except ImportError:
                stub_module(name)
        pkg = types.ModuleType("model_signing")
        pkg.__path__ = [os.path.join(src, "model_signing")]
        sys.modules["model_signing"] = pkg
    from model_signing import hashing  # noqa: E402
    from model_signing._signing import signing  # noqa: E402
    return hashing, signing


def stub_module(name):
    if name == "blake3":
        m = types.ModuleType("blake3")

        class blake3:  # noqa: N801  (the wheel's class name)
            AUTO = -1

            def __init__(self, *_a, **_k):
                raise RuntimeError("blake3 stand-in: not used for sha256")

        m.blake3 = blake3
        sys.modules["blake3"] = m
        return
    # in_toto_attestation.v1.statement: keep what signing.Payload passes in.
    root = types.ModuleType("in_toto_attestation")
    v1 = types.ModuleType("in_toto_attestation.v1")
    st = types.ModuleType("in_toto_attestation.v1.statement")

    class ResourceDescriptor:
        def __init__(self, name, digest):
            self.pb = {"name": name, "digest": digest}

    class Statement:
        def __init__(self, subjects, predicate_type, predicate):
            self.subjects, self.predicate_type, self.predicate = subjects, predicate_type, predicate

    st.ResourceDescriptor, st.Statement = ResourceDescriptor, Statement
    root.v1, v1.statement = v1, st
    sys.modules.update({"in_toto_attestation": root, "in_toto_attestation.v1": v1, "in_toto_attestation.v1.statement": st})


def make_tree(base, spec):
    for rel, body in spec.items():
        p = pathlib.Path(base, *rel.split("/"))
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")


def theirs(hashing, signing, path):
    m = hashing.Config().hash(path)  # default: sha256 files, git paths ignored
    payload = signing.Payload(m)
    st = payload.statement
    subject = st.subjects[0]
    digest = subject["digest"]["sha256"] if isinstance(subject, dict) else subject.digest["sha256"]
    predicate = st.predicate
    return digest, [(r["name"], r["digest"]) for r in predicate["resources"]]


def ours(cli, path):
    out = subprocess.run(shlex.split(cli) + ["hash", "--json", str(path)], check=True, capture_output=True, text=True).stdout
    j = json.loads(out)
    return j["digest"].removeprefix("sha256:"), [(f["name"], f["sha256"]) for f in j["files"]], j["serialization"]["order"]


def statement_accepted(hashing, signing, cli, path, tmp):
    """Our workload.statement.json, read by model_signing's own parser (dsse_payload_to_manifest, what
    `model_signing verify` applies to a signature's payload), equals the manifest it hashes itself."""
    work = pathlib.Path(tmp, "job-" + path.name)
    (work / "in").mkdir(parents=True)
    (work / "out").mkdir()
    (work / "in" / "i").write_text("i")
    (work / "out" / "o").write_text("o")
    subprocess.run(shlex.split(cli) + ["create", "--workload", str(path), "--inputs", str(work / "in"), "--outputs", str(work / "out"),
                                       "--evidence", "none", "--out", str(work / "r"), "--quiet"], check=True)
    statement = json.loads((work / "r" / "workload.statement.json").read_text())
    try:
        parsed = signing.dsse_payload_to_manifest(statement)
    except ValueError as e:
        return False, f"refused: {e}"
    mine = hashing.Config().hash(path)
    got = [(str(d.identifier), d.digest.digest_hex) for d in parsed.resource_descriptors()]
    want = [(str(d.identifier), d.digest.digest_hex) for d in mine.resource_descriptors()]
    # A single-file model: model_signing names its one resource "."; ours names it by its basename.
    if len(got) == 1 and len(want) == 1 and want[0][0] == "." and path.is_file():
        got = [(".", got[0][1])]
    same = got == want
    return same, f"accepted, equal to its own manifest ({len(want)} resources)" if same else f"accepted, but differs: {got} vs {want}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="node dist/cli/index.js")
    ap.add_argument("--src", help="model-transparency checkout's src/ directory (instead of an installed model_signing)")
    a = ap.parse_args()
    hashing, signing = load_model_signing(a.src)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, spec in TREES.items():
            base = pathlib.Path(tmp, name)
            make_tree(base, spec)
            target = base / next(iter(spec)) if name == "single-file" else base
            td, tr = theirs(hashing, signing, target)
            od, orr, order = ours(a.cli, target)
            # model_signing names a single-file model's one resource "."; we name it by its basename.
            names_equal = [n for n, _ in orr] == [n for n, _ in tr] or (len(tr) == 1 and tr[0][0] == "." and len(orr) == 1)
            ok = td == od and [d for _, d in orr] == [d for _, d in tr] and names_equal
            bad += not ok
            print(f"{'OK  ' if ok else 'DIFF'} {name:12} files={len(orr):3} order={order} ours=sha256:{od} model_signing=sha256:{td}")
            st_ok, why = statement_accepted(hashing, signing, a.cli, target, tmp)
            bad += not st_ok
            print(f"{'OK  ' if st_ok else 'DIFF'} {name:12} workload.statement.json read by model_signing: {why}")
            if not ok:
                print("  ours:         ", [n for n, _ in orr])
                print("  model_signing:", [n for n, _ in tr])
    print(f"{len(TREES) - bad} of {len(TREES)} trees agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
