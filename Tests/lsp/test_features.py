"""Hover, completion and code actions as a real client (pytest-lsp) uses them."""

import pytest
from lsprotocol import types

from conftest import apply_edits, diagnostics_for, open_document


def doc(uri):
    return types.TextDocumentIdentifier(uri=uri)


@pytest.mark.asyncio
async def test_hover_on_a_key_shows_the_schema_description(utf16_client, tmp_path):
    uri = (tmp_path / "a.yaml").as_uri()
    await open_document(utf16_client, uri, "udeskAvsMiniReferer:\n  customerInfo:\n    level: vip\n")
    hover = await utf16_client.text_document_hover_async(types.HoverParams(
        text_document=doc(uri), position=types.Position(line=2, character=6)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith(
        "**`level`**: Customer level\n\nThe customer's level: `vip` (VIP customer) or `normal` (ordinary customer).")
    assert "Allowed values: `vip`, `normal`" in hover.contents.value
    assert hover.range == types.Range(start=types.Position(line=2, character=4), end=types.Position(line=2, character=9))


@pytest.mark.asyncio
async def test_hover_on_a_finding_explains_the_rule(utf16_client, tmp_path):
    uri = (tmp_path / "a.yaml").as_uri()
    await open_document(utf16_client, uri, "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate:\n    path: pages/index/index\n  callTimes: -1\n")
    hover = await utf16_client.text_document_hover_async(types.HoverParams(
        text_document=doc(uri), position=types.Position(line=4, character=14)))
    assert "**avslint `schema/minimum`** (error)" in hover.contents.value
    assert "a number is below its minimum." in hover.contents.value


async def labels(client, uri, line, character):
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc(uri), position=types.Position(line=line, character=character)))
    return result.items


@pytest.mark.asyncio
async def test_completion_of_keys_and_enum_values_in_yaml(utf16_client, tmp_path):
    uri = (tmp_path / "a.yaml").as_uri()
    text = "udeskAvsMiniReferer:\n  sdkToken: t\n  customerInfo:\n    level: \n  \n"
    await open_document(utf16_client, uri, text)
    values = await labels(utf16_client, uri, 3, 11)
    assert [item.label for item in values] == ["vip", "normal"]
    keys = await labels(utf16_client, uri, 4, 2)
    names = [item.label for item in keys]
    assert names[:3] == ["bizId", "callTimes", "customChannel"]
    assert "sdkToken" not in names and "customerInfo" not in names
    call_times = next(item for item in keys if item.label == "callTimes")
    assert call_times.detail
    assert call_times.documentation.value.startswith("**`callTimes`**")
    navigate = next(item for item in keys if item.label == "authFailNavigate")
    assert navigate.insert_text_format == types.InsertTextFormat.Snippet
    assert navigate.text_edit.new_text == "authFailNavigate:\n    path: ${1:pages/index/index}$0"


@pytest.mark.asyncio
async def test_completion_of_env_version_in_json_and_keys_in_scripts(utf16_client, tmp_path):
    uri = (tmp_path / "a.json").as_uri()
    text = '{"appId": "wx", "envVersion": ""}'
    await open_document(utf16_client, uri, text, language="json")
    values = await labels(utf16_client, uri, 0, 31)
    assert [(item.label, item.text_edit.new_text) for item in values] == [
        ("develop", '"develop"'), ("trial", '"trial"'), ("release", '"release"')]
    script = (tmp_path / "b.js").as_uri()
    text = "wx.navigateToMiniProgram({\n  appId: 'wx',\n  extraData: { udeskAvsMiniReferer: { customerInfo: { te } } },\n})\n"
    await open_document(utf16_client, script, text, language="javascript")
    keys = await labels(utf16_client, script, 2, 56)
    assert "telephones" in [item.label for item in keys]


@pytest.mark.asyncio
async def test_quick_fix_applies_and_the_finding_goes(utf16_client, tmp_path):
    uri = (tmp_path / "a.yaml").as_uri()
    text = "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate:\n    path: pages/index/index\n  surveyEndNavigate:\n    path: pages/a/a\n"
    params = await open_document(utf16_client, uri, text)
    finding = next(d for d in params.diagnostics if d.code == "schema/unknown-key")
    actions = await utf16_client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=finding.range,
        context=types.CodeActionContext(diagnostics=[finding], only=[types.CodeActionKind.QuickFix])))
    (action,) = actions
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.title == "Rename to 'surveryEndNavigate'"
    fixed = apply_edits(text, action.edit.changes[uri])
    assert "  surveryEndNavigate:\n" in fixed
    utf16_client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    after = await diagnostics_for(utf16_client, uri)
    assert [d.code for d in after.diagnostics if d.code == "schema/unknown-key"] == []
    all_actions = await utf16_client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=finding.range,
        context=types.CodeActionContext(diagnostics=[], only=["source.fixAll.avslint"])))
    assert list(all_actions or []) == []
