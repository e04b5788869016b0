-- A C guest that calls every host function through the generated header
-- compiles to wasm32 (freestanding and WASI), and its imports and exports,
-- read back with wasm-objdump, equal the lowering: names, module, types.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")

local TARGETS = {
  freestanding = "--target=wasm32-unknown-unknown -nostdlib -Wl,--no-entry",
  wasi = "--target=wasm32-wasi -mexec-model=reactor",
}

-- { types = {i = sig}, imports = {name = {module, sig}}, exports = {...} }
local function read_module(wasm)
  local out, code = T.sh(('wasm-objdump -x "%s"'):format(wasm))
  assert(code == 0, out)
  local m = { types = {}, funcs = {}, imports = {}, exports = {} }
  for l in out:gmatch("[^\n]+") do
    local i, sig = l:match("^ %- type%[(%d+)%] (.*)$")
    if i then m.types[tonumber(i)] = sig end
    local fi, si, mod, name = l:match(
      "^ %- func%[(%d+)%] sig=(%d+) <[^>]*> <%- ([%w_]+)%.([%w_]+)$")
    if fi then
      m.funcs[tonumber(fi)] = tonumber(si)
      m.imports[#m.imports + 1] = { module = mod, name = name,
        sig = m.types[tonumber(si)] }
    else
      fi, si = l:match("^ %- func%[(%d+)%] sig=(%d+)")
      if fi then m.funcs[tonumber(fi)] = tonumber(si) end
    end
    local ef, ename = l:match('^ %- func%[(%d+)%] <[^>]*> %-> "([^"]+)"$')
    if ef then m.exports[ename] = tonumber(ef) end
  end
  for name, f in pairs(m.exports) do m.exports[name] = m.types[m.funcs[f]] end
  return m
end

local function check_target(flags, extra_module, extra_export)
  local low = lower.lower(load.load(T.root .. "/spec", "v1alpha"))
  local d = os.tmpname()
  local wasm = d .. ".wasm"
  local out, code = T.sh(('clang %s -O1 -Wall -Wextra -Werror -I"%s/generated'
    .. '/v1alpha" "%s/gen/tests/guest/all_calls.c" -o "%s"'):format(flags,
    T.root, T.root, wasm))
  T.eq(code, 0, "clang: " .. out)
  local m = read_module(wasm)
  os.remove(wasm)
  os.remove(d)
  local seen = {}
  for _, im in ipairs(m.imports) do
    if im.module ~= extra_module then
      local L = low.by_name[im.name]
      T.ok(L and L.side == "host", "unexpected import " .. im.name)
      T.eq(im.module, L.module, im.name .. " module")
      T.eq(im.sig, lower.signature(L), im.name .. " signature")
      T.ok(not seen[im.name], "imported twice: " .. im.name)
      seen[im.name] = true
    end
  end
  for _, L in ipairs(low.host) do T.ok(seen[L.name], "not imported: " .. L.name) end
  local n = 0
  for name, sig in pairs(m.exports) do
    if name ~= extra_export then
      local L = low.by_name[name]
      T.ok(L and L.side == "guest", "unexpected export " .. name)
      T.eq(sig, lower.signature(L), name .. " signature")
      n = n + 1
    end
  end
  T.eq(n, #low.guest, "exported callbacks")
end

local tests = {}

function tests.freestanding()
  check_target(TARGETS.freestanding, nil, nil)
end

function tests.wasi()
  check_target(TARGETS.wasi, "wasi_snapshot_preview1", "_initialize")
end

return tests
