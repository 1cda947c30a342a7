#!/usr/bin/env bash
# End-to-end check with a real editor: headless Neovim (Debian's package) starts `plancheck lsp`
# as its language server, opens a Vietnamese plan, waits for the diagnostics and checks that the
# range of DS305's diagnostic covers exactly the quoted text. Run by scripts/test after swift test.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/plancheck}"
command -v nvim >/dev/null || { echo "nvim-lsp: neovim is not installed (apt-get install neovim)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. 🙂 Bảo đảm an toàn thông tin theo cấp độ.\n' > "$work/kế-hoạch.md"
cat > "$work/init.lua" <<LUA
local bin = vim.fn.fnamemodify("$binary", ":p")
local client = vim.lsp.start_client({ name = "plancheck", cmd = { bin, "lsp" }, root_dir = "$work" })
vim.cmd("edit $work/kế-hoạch.md")
vim.lsp.buf_attach_client(0, client)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local text = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1] or ""
  -- Neovim gives byte columns; the quoted text is what those bytes hold.
  table.insert(lines, (d.code or d.user_data and d.user_data.lsp and d.user_data.lsp.code or "?") .. "\t" .. text:sub(d.col + 1, d.end_col))
end
vim.fn.writefile(ok and lines or { "TIMEOUT" }, "$work/result.txt")
vim.lsp.stop_client(client)
vim.cmd("qa!")
LUA
nvim --headless --clean -u "$work/init.lua" > /dev/null 2>&1 || true
result="$(cat "$work/result.txt" 2>/dev/null || echo "NO RESULT")"
if grep -q $'^DS305\tan toàn thông tin theo cấp độ$' <<<"$result" && grep -q '^DS101' <<<"$result"; then
  echo "nvim-lsp: Neovim received $(wc -l <<<"$result") diagnostics; DS305 covers exactly the quoted text"
else
  echo "nvim-lsp: FAILED; diagnostics seen by Neovim:" >&2
  echo "$result" >&2
  exit 1
fi
