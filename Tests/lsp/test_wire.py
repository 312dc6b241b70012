"""The server on a raw pipe: malformed framing and JSON get JSON-RPC errors
and the server goes on; exit codes; a huge document does not hold up a request."""

import json
import subprocess
import time

from conftest import BINARY


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_messages(data):
    messages = []
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        data = rest[length:]
    return messages


def run(payload, timeout=60):
    done = subprocess.run([BINARY, "lsp"], input=payload, capture_output=True, timeout=timeout)
    return done.returncode, read_messages(done.stdout)


INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}
SHUTDOWN = {"jsonrpc": "2.0", "id": 99, "method": "shutdown"}
EXIT = {"jsonrpc": "2.0", "method": "exit"}


def test_malformed_input_gets_errors_and_the_server_goes_on():
    payload = (
        frame({"jsonrpc": "2.0", "id": 0, "method": "textDocument/hover", "params": {}})  # before initialize
        + b"Content-Length: 5\r\n\r\n{oops"  # invalid JSON
        + b"Content-Type: text/plain\r\n\r\n{}"  # no Content-Length
        + b"Content-Length: 999999999999\r\n\r\n{}"  # huge Content-Length
        + frame([1, 2])  # not an object
        + frame(INITIALIZE)
        + frame({"jsonrpc": "2.0", "id": 2, "method": "no/such/method"})
        + frame({"jsonrpc": "2.0", "method": "no/such/notification"})
        + frame(SHUTDOWN)
        + frame(EXIT)
    )
    code, messages = run(payload)
    assert code == 0
    assert [(m.get("id"), m.get("error", {}).get("code")) for m in messages] == [
        (0, -32002), (None, -32700), (None, -32700), (None, -32700), (None, -32600),
        (1, None), (2, -32601), (99, None)]
    assert messages[1]["error"]["message"].startswith("the message is not JSON: 1:2:")
    assert messages[2]["error"]["message"] == "the message has no Content-Length header"
    assert messages[3]["error"]["message"] == "Content-Length 999999999999 is above the limit of 67108864 bytes"
    assert messages[5]["result"]["capabilities"]["textDocumentSync"]["change"] == 2


def test_exit_without_shutdown_is_code_one_and_end_of_input_too():
    assert run(frame(INITIALIZE) + frame(EXIT))[0] == 1
    assert run(frame(INITIALIZE))[0] == 1
    assert run(frame(INITIALIZE) + frame(SHUTDOWN))[0] == 0


def test_a_huge_document_does_not_hold_up_a_later_request():
    lines = ["udeskAvsMiniReferer:", "  sdkToken: t", "  authFailNavigate:", "    path: pages/index/index",
             "  customerInfo:", "    customFields:"]
    lines += [f"      TextField_{i}: value {i}" for i in range(50_000 - len(lines))]
    big = "\n".join(lines) + "\n"
    uri = "file:///tmp/avslint-lsp-huge/big.yaml"
    process = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        process.stdin.write(frame(INITIALIZE) + frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        for version in (1, 2, 3):
            if version == 1:
                message = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                    "uri": uri, "languageId": "yaml", "version": 1, "text": big}}}
            else:
                message = {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"text": big.replace("value 7\n", f"value {version}\n", 1)}]}}
            process.stdin.write(frame(message))
        process.stdin.write(frame({"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///tmp/none.yaml"}, "position": {"line": 0, "character": 0}}}))
        process.stdin.flush()
        started = time.monotonic()
        answered, published = None, []
        buffer = b""
        while answered is None or not published or published[-1] != 3:
            chunk = process.stdout.read1(1 << 16)
            assert chunk, "the server closed its output"
            buffer += chunk
            while b"\r\n\r\n" in buffer:
                header, _, rest = buffer.partition(b"\r\n\r\n")
                length = int(header.split(b":")[1])
                if len(rest) < length:
                    break
                message = json.loads(rest[:length])
                buffer = rest[length:]
                if message.get("id") == 5:
                    answered = time.monotonic() - started
                    # The newest version's lint is still to come (debounced) or under way.
                    assert 3 not in published
                if message.get("method") == "textDocument/publishDiagnostics":
                    published.append(message["params"]["version"])
        assert answered < 2.0
        # Only the newest version's findings are published (older ones are dropped or superseded).
        assert published[-1] == 3 and all(a < b for a, b in zip(published, published[1:]))
        process.stdin.write(frame(SHUTDOWN) + frame(EXIT))
        process.stdin.close()
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
