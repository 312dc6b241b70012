"""The editor and the CLI never disagree: every error fixture opened in the
server gets exactly the findings `avslint --format json` prints for it when
it walks the folder (rule, severity, message, start and end; UTF-32
positions are the CLI's columns less one; a file named in a message is
absolute in the server, as its URI gives it)."""

import json
import subprocess

import pytest
from lsprotocol import types

from conftest import BINARY, ROOT, capabilities, open_document, server_config
import pytest_lsp
from pytest_lsp import LanguageClient

FIXTURES = ROOT / "Tests" / "Fixtures" / "err"
LANGUAGES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".js": "javascript", ".ts": "typescript",
             ".jsx": "javascriptreact", ".tsx": "typescriptreact", ".vue": "vue", ".mjs": "javascript"}
SEVERITIES = {"error": 1, "warning": 2, "info": 3}


@pytest_lsp.fixture(config=server_config())
async def utf32_client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(["utf-32"]), initialization_options={"debounce": 0}))
    yield
    await lsp_client.shutdown_session()


def cli_findings():
    done = subprocess.run([BINARY, "--format", "json", str(FIXTURES.relative_to(ROOT))], cwd=ROOT,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    by_file = {}
    for d in json.loads(done.stdout)["diagnostics"]:
        by_file.setdefault(d["file"], []).append(
            (d["rule"], SEVERITIES[d["severity"]], d["message"], d["line"] - 1, d["column"] - 1, d["endLine"] - 1, d["endColumn"] - 1))
    return by_file


@pytest.mark.asyncio
async def test_every_error_fixture_matches_the_cli(utf32_client):
    expected = cli_findings()
    compared = findings = 0
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix not in LANGUAGES:
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig")  # editors drop a BOM from the text
        except UnicodeDecodeError:
            continue  # LSP text is Unicode; the CLI's invalid-UTF-8 finding cannot arise
        params = await open_document(utf32_client, path.as_uri(), text, language=LANGUAGES[path.suffix])
        # A message that names a file names it as it was given: absolute here, relative to the CLI.
        got = sorted((d.code, d.severity, d.message.replace(f"{ROOT}/", ""), d.range.start.line, d.range.start.character,
                      d.range.end.line, d.range.end.character) for d in params.diagnostics)
        assert got == sorted(expected.get(str(path.relative_to(ROOT)), [])), path.name
        compared += 1
        findings += len(got)
    assert compared >= 25 and findings >= compared
