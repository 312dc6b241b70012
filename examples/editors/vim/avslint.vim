" avslint for vim: `:make` lints the working folder and fills the quickfix list.
" Put this in ~/.vim/after/ftplugin/yaml.vim (and json.vim), or source it.
setlocal makeprg=avslint\ --format\ gcc\ .
setlocal errorformat=%f:%l:%c:\ %t%*[a-z]:\ %m
