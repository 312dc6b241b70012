// Starts `avslint lsp` from the PATH of the worktree's shell.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Avslint;

impl zed::Extension for Avslint {
    fn new() -> Self {
        Avslint
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let command = worktree.which("avslint").ok_or("avslint is not on PATH")?;
        Ok(zed::Command { command, args: vec!["lsp".into()], env: Default::default() })
    }
}

zed::register_extension!(Avslint);
