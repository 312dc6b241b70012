-- Headless Neovim 0.7 as an avslint lsp client: loads the README's setup
-- ($AVSLINT_EXAMPLE, which starts the server with vim.lsp.start_client; 0.7
-- has no vim.lsp.start), opens $AVSLINT_FILE, and prints the diagnostics,
-- a hover and a completion it received, then how the server exited. scripts/test-lsp compares the output with
-- Tests/lsp/neovim.expected.
--   PATH=<avslint's folder>:$PATH AVSLINT_EXAMPLE=... AVSLINT_FILE=... nvim --headless --clean -c 'luafile Tests/lsp/neovim_check.lua'
local out = {}
local function say(text) table.insert(out, text) end
local function finish(code)
  io.stdout:write(table.concat(out, "\n") .. "\n")
  vim.cmd(code == 0 and "qall!" or "cquit!")
end

-- The README's setup starts the client; this wrapper only notes its id and
-- exit code and turns the debounce off.
local id, exit_code
local start_client = vim.lsp.start_client
vim.lsp.start_client = function(config)
  config.init_options = { debounce = 0 }
  config.on_exit = function(code) exit_code = code end
  id = start_client(config)
  return id
end
vim.cmd("luafile " .. vim.fn.fnameescape(os.getenv("AVSLINT_EXAMPLE")))
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("AVSLINT_FILE")))
vim.cmd("filetype on")
vim.cmd("doautocmd FileType")
if not id then say("error: the server did not start") return finish(1) end

if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20) then
  say("error: no diagnostics within 20 s")
  return finish(1)
end
local found = vim.diagnostic.get(0)
table.sort(found, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(found) do
  local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code or ""
  say(string.format("diagnostic %d:%d-%d:%d %s [%s] %s", d.lnum, d.col, d.end_lnum, d.end_col,
    vim.diagnostic.severity[d.severity], code, d.message))
end

local function request(method, line, character)
  local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = character } }
  local answers = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
  local answer = answers[id]
  return answer and answer.result
end

local hover = request("textDocument/hover", 5, 4)
say("hover " .. (hover and hover.contents.value:match("^[^\n]*") or "none"))
local completion = request("textDocument/completion", 4, 16)
local labels = {}
for _, item in ipairs(completion and completion.items or {}) do table.insert(labels, item.label) end
say("completion " .. table.concat(labels, " "))

vim.lsp.stop_client(id)
if not vim.wait(10000, function() return exit_code ~= nil end, 20) then
  say("error: the server did not exit")
  return finish(1)
end
say("server exit code " .. exit_code)
finish(exit_code == 0 and 0 or 1)
