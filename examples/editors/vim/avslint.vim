" avslint for vim: `:make` lints the working folder and fills the quickfix list.
" Put this in ~/.vim/after/ftplugin/yaml.vim (and json.vim), or source it.
setlocal makeprg=avslint\ --format\ gcc\ .
setlocal errorformat=%f:%l:%c:\ %t%*[a-z]:\ %m

" avslint counts columns in characters, vim's %c in bytes: once the list is
" filled, each column becomes the byte column of its character, so the
" cursor lands on the finding after Chinese text too.
function! s:AvslintByteColumns() abort
  if &l:makeprg !~# '^avslint\>'
    return
  endif
  let items = getqflist()
  for item in items
    if !item.valid || item.col <= 1 || item.bufnr <= 0
      continue
    endif
    let lines = getbufline(item.bufnr, item.lnum)
    if empty(lines)
      let lines = readfile(bufname(item.bufnr), '', item.lnum)[item.lnum - 1 :]
    endif
    if empty(lines)
      continue
    endif
    let line = lines[0]
    if item.lnum == 1 && line[0 : 2] ==# "\xef\xbb\xbf"
      let line = line[3 :]
    endif
    let byte = byteidxcomp(line, item.col - 1)
    if byte >= 0
      let item.col = byte + 1
    endif
  endfor
  call setqflist(items, 'r')
endfunction

augroup avslint_columns
  autocmd!
  autocmd QuickFixCmdPost make,cgetfile,cfile call s:AvslintByteColumns()
augroup END
