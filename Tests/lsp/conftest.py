"""Shared set-up of the end-to-end tests of `avslint lsp` (pytest-lsp).

The server is the built binary: $AVSLINT_BIN, else .build/debug/avslint.
"""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("AVSLINT_BIN", str(ROOT / ".build" / "debug" / "avslint"))
# No debounce in tests, so each change is linted at once (the default is 200 ms).
OPTIONS = {"debounce": 0}


def capabilities(encodings=None, snippets=True):
    """Client capabilities offering `encodings` (None: the spec's default only)."""
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    return types.ClientCapabilities(
        general=general,
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            completion=types.CompletionClientCapabilities(
                completion_item=types.ClientCompletionItemOptions(
                    snippet_support=snippets, documentation_format=[types.MarkupKind.Markdown])),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True),
        ),
    )


def server_config():
    return ClientServerConfig(server_command=[BINARY, "lsp", "--stdio"], server_env={**os.environ, "UDESK_AVS_SECRET": ""})


@pytest_lsp.fixture(config=server_config(), params=["utf-16", "utf-32", "utf-8"])
async def client(lsp_client: LanguageClient, request):
    """A session that offered one position encoding; `client.encoding` is the one agreed."""
    encodings = None if request.param == "utf-16" else [request.param, "utf-16"]
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(encodings), initialization_options=OPTIONS,
        workspace_folders=[types.WorkspaceFolder(uri=ROOT.as_uri(), name="avslint")]))
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=server_config())
async def utf16_client(lsp_client: LanguageClient):
    """A session with the default encoding (UTF-16)."""
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), initialization_options=OPTIONS))
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


def character(line, text, encoding):
    """The LSP character of the first `text` in `line`, counted in `encoding`."""
    prefix = line[: line.index(text)]
    if encoding == "utf-8":
        return len(prefix.encode("utf-8"))
    if encoding == "utf-16":
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


async def open_document(client, uri, text, language="yaml", version=1):
    """Opens a document and returns the diagnostics published for it."""
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return await diagnostics_for(client, uri)


async def diagnostics_for(client, uri):
    """Waits for the next publishDiagnostics of `uri`."""
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return params


def apply_edits(text, edits, encoding="utf-16"):
    """`text` with LSP TextEdits applied (positions in `encoding`)."""
    lines = text.splitlines(keepends=True) or [""]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(position):
        line = lines[position.line] if position.line < len(lines) else ""
        base = starts[min(position.line, len(lines))]
        count = 0
        for index, char in enumerate(line):
            if count >= position.character:
                return base + index
            count += {"utf-8": len(char.encode("utf-8")), "utf-16": len(char.encode("utf-16-le")) // 2}.get(encoding, 1)
        return base + len(line.rstrip("\r\n"))

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text
