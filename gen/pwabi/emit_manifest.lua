-- The manifest: one line per spec item the conformance suite must cover.
--   kind <TAB> name
-- kinds: type, variant (type.name), host (function), guest (function),
-- param (function.name), result (function.name), status (function.code).
-- WASI functions are host functions (its types are not listed: errno
-- lists values no host function returns).
local util = require("pwabi.util")

local M = {}

function M.render(abi, low)
  local b = util.buffer()
  b.line("# %s", util.banner("", abi.version))
  for _, t in ipairs(abi.types) do
    b.line("type\t%s", t.name)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("variant\t%s.%s", t.name, v.name)
    end
  end
  for _, side in ipairs({ "host", "guest", "wasi" }) do
    for _, L in ipairs(low[side]) do
      local f = L.spec
      b.line("%s\t%s", f.side, f.name)
      for _, p in ipairs(f.params) do b.line("param\t%s.%s", f.name, p.name) end
      for _, p in ipairs(f.results) do b.line("result\t%s.%s", f.name, p.name) end
      for _, code in ipairs(util.sorted_keys(f.sem and f.sem.status or {})) do
        b.line("status\t%s.%s", f.name, code)
      end
    end
  end
  return b.text()
end

M.FILE = "manifest.tsv"

function M.files(abi, low)
  return { [M.FILE] = M.render(abi, low) }
end

return M
