"""Diagnostics as a real client (pytest-lsp) sees them: exact ranges in each
position encoding, updates on change, the nearest .avslint.yaml, clearing on close."""

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import OPTIONS, capabilities, character, diagnostics_for, open_document, server_config

# The enum finding on line 4 sits after Chinese text and an emoji: before
# "gold" the line holds 42 UTF-16 units, 41 scalars and 48 UTF-8 bytes.
CONFIG = (
    "udeskAvsMiniReferer:\n"
    "  sdkToken: tok\n"
    "  authFailNavigate:\n"
    "    path: pages/index/index\n"
    '  customerInfo: {nickName: "张三😀", level: gold}\n'
)
EXPECTED_START = {"utf-16": 42, "utf-32": 41, "utf-8": 48}


def enum_findings(params):
    return [d for d in params.diagnostics if d.code == "schema/enum"]


@pytest.mark.asyncio
async def test_range_lands_on_the_character_in_each_encoding(client, tmp_path):
    uri = (tmp_path / "referer.yaml").as_uri()
    params = await open_document(client, uri, CONFIG)
    (finding,) = enum_findings(params)
    start = EXPECTED_START[client.encoding]
    assert start == character(CONFIG.splitlines()[4], "gold", client.encoding)
    assert finding.range == types.Range(start=types.Position(line=4, character=start),
                                        end=types.Position(line=4, character=start + 4))
    assert finding.severity == types.DiagnosticSeverity.Error
    assert finding.source == "avslint"
    assert finding.message == "'gold' is not one of 'vip', 'normal'"
    assert finding.code_description.href.endswith("/docs/rules.md#schemaenum")
    assert params.version == 1


@pytest.mark.asyncio
async def test_fixed_mistake_disappears_after_incremental_change(client, tmp_path):
    uri = (tmp_path / "referer.yaml").as_uri()
    params = await open_document(client, uri, CONFIG)
    (finding,) = enum_findings(params)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=finding.range, text="vip")]))
    params = await diagnostics_for(client, uri)
    assert params.version == 2
    assert enum_findings(params) == []


@pytest.mark.asyncio
async def test_full_change_and_close(utf16_client, tmp_path):
    uri = (tmp_path / "referer.json").as_uri()
    text = '{"udeskAvsMiniReferer": {"sdkToken": "t", "authFailNavigate": {"path": "pages/index/index"}, "callTimes": -1}}'
    params = await open_document(utf16_client, uri, text, language="json")
    assert [(d.code, d.range.start.character, d.range.end.character) for d in params.diagnostics] == [("schema/minimum", 106, 108)]
    utf16_client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text.replace("-1", "0"))]))
    assert list((await diagnostics_for(utf16_client, uri)).diagnostics) == []
    utf16_client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    closed = await diagnostics_for(utf16_client, uri)
    assert list(closed.diagnostics) == []


@pytest.mark.asyncio
async def test_nearest_configuration_applies_and_its_change_relints(utf16_client, tmp_path):
    config = tmp_path / ".avslint.yaml"
    config.write_text("rules:\n  schema/enum: off\n")
    nested = tmp_path / "pages"
    nested.mkdir()
    uri = (nested / "referer.yaml").as_uri()
    params = await open_document(utf16_client, uri, CONFIG)
    assert enum_findings(params) == []
    config.write_text("rules:\n  schema/enum: warning\n")
    utf16_client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    params = await diagnostics_for(utf16_client, uri)
    assert [d.severity for d in enum_findings(params)] == [types.DiagnosticSeverity.Warning]


@pytest.mark.asyncio
async def test_javascript_literal_is_linted(utf16_client, tmp_path):
    uri = (tmp_path / "launch.ts").as_uri()
    text = ("wx.navigateToMiniProgram({\n"
            "  appId: 'wx0123456789abcdef',\n"
            "  path: 'pages/preIndex/index?sign=x&nonce=1&timestamp=2',\n"
            "  envVersion: 'beta',\n"
            "  extraData: { udeskAvsMiniReferer: { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } } },\n"
            "})\n")
    params = await open_document(utf16_client, uri, text, language="typescript")
    enum = [d for d in params.diagnostics if d.code == "schema/enum"]
    assert [(d.range.start.line, d.range.start.character, d.range.end.character) for d in enum] == [(3, 14, 20)]


@pytest.mark.asyncio
async def test_saving_the_configuration_relints_open_documents(utf16_client, tmp_path):
    config = tmp_path / ".avslint.yaml"
    config.write_text("rules:\n  schema/enum: info\n")
    uri = (tmp_path / "referer.yaml").as_uri()
    params = await open_document(utf16_client, uri, CONFIG)
    assert [d.severity for d in enum_findings(params)] == [types.DiagnosticSeverity.Information]
    config.write_text("rules:\n  schema/enum: error\n")
    utf16_client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
    params = await diagnostics_for(utf16_client, uri)
    assert [d.severity for d in enum_findings(params)] == [types.DiagnosticSeverity.Error]


@pytest.mark.asyncio
async def test_an_unusable_configuration_is_said_at_the_documents_start(utf16_client, tmp_path):
    (tmp_path / ".avslint.yaml").write_text("survey: maybe\n")
    uri = (tmp_path / "referer.yaml").as_uri()
    params = await open_document(utf16_client, uri, CONFIG)
    (finding,) = params.diagnostics
    assert finding.range == types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    assert finding.message.startswith(f"avslint cannot use its configuration: {tmp_path}/.avslint.yaml:1:9: ")
    assert finding.related_information[0].location.uri == (tmp_path / ".avslint.yaml").as_uri()


@pytest_lsp.fixture(config=server_config())
async def watching_client(lsp_client: LanguageClient):
    """A client that lets the server register file watchers."""
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    caps = capabilities()
    caps.workspace = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True))
    await lsp_client.initialize_session(types.InitializeParams(capabilities=caps, initialization_options=OPTIONS))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_the_server_asks_to_watch_configuration_files(watching_client):
    for _ in range(100):
        if watching_client.registrations:
            break
        await asyncio.sleep(0.05)
    (registration,) = watching_client.registrations
    assert registration.method == "workspace/didChangeWatchedFiles"
    assert registration.register_options["watchers"] == [{"globPattern": "**/.avslint.yaml"}]


@pytest.mark.asyncio
async def test_files_the_walk_skips_get_no_findings(utf16_client, tmp_path):
    (tmp_path / ".avslint.yaml").write_text('exclude: ["generated/**"]\n')
    for folder in ("generated", "node_modules/pkg", "src"):
        (tmp_path / folder).mkdir(parents=True)
    assert list((await open_document(utf16_client, (tmp_path / "generated" / "a.yaml").as_uri(), CONFIG)).diagnostics) == []
    assert list((await open_document(utf16_client, (tmp_path / "node_modules" / "pkg" / "a.yaml").as_uri(), CONFIG)).diagnostics) == []
    assert len(enum_findings(await open_document(utf16_client, (tmp_path / "src" / "a.yaml").as_uri(), CONFIG))) == 1
    # A YAML file that cannot hold a launch config is not read (the walk's byte pre-filter).
    other = await open_document(utf16_client, (tmp_path / "src" / "compose.yaml").as_uri(), "services: [unclosed\n")
    assert list(other.diagnostics) == []
