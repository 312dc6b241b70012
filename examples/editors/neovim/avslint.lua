-- avslint language server for Neovim 0.7 and later: findings while you type,
-- hover docs, completion and quick fixes in launch configs.
-- Save as ~/.config/nvim/plugin/avslint.lua (avslint must be on PATH).
local filetypes = { "yaml", "json", "javascript", "typescript", "javascriptreact", "typescriptreact", "vue" }
local clients = {}

vim.api.nvim_create_autocmd("FileType", {
  pattern = filetypes,
  callback = function(args)
    local root = vim.fn.getcwd()
    if not clients[root] then
      clients[root] = vim.lsp.start_client({
        name = "avslint",
        cmd = { "avslint", "lsp" },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      })
    end
    if clients[root] then vim.lsp.buf_attach_client(args.buf, clients[root]) end
  end,
})
