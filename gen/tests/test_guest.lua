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

-- A guest for any version, written from the lowering: it calls every
-- import with zeros, defines every callback, and declares its version with
-- the header's one-line macro.  Exports a libc or the toolchain provides
-- (main, _start, _initialize, malloc) and the marker are left out.
local SKIP = { main = true, _start = true, _initialize = true, malloc = true }

local function guest_source(abi, low)
  local C = require("pwabi.cnames")
  local G = require("pwabi.emit_guest")
  local N = C.names(abi)
  local out = { ('#include "%s_guest.h"'):format(N.p) }
  if abi.marker then out[#out + 1] = N.P .. "_ABI_VERSION()" end
  for _, L in ipairs(low.guest) do
    if not SKIP[L.name] and L.name ~= abi.marker then
      local ret = L.result and C.ctype(N, L.result.type) or "void"
      out[#out + 1] = ("%s %s(%s) { %s }"):format(ret, L.name,
        table.concat(G.c_params(N, L), ", "), L.result and "return 0;" or "")
    end
  end
  out[#out + 1] = "void pw_guest_calls(void);"
  out[#out + 1] = "void pw_guest_calls(void) {"
  for _, L in ipairs(low.host) do
    local zeros = {}
    for i = 1, #G.c_params(N, L) do zeros[i] = "0" end
    out[#out + 1] = ("  (void)%s(%s);"):format(L.name, table.concat(zeros, ", "))
  end
  out[#out + 1] = "}"
  return table.concat(out, "\n") .. "\n"
end

-- Every version: the guest's imports are exactly the version's, with its
-- signatures, and its exports are the callbacks it defined and the marker.
local function check_version(v, flags, extra_module)
  local abi = load.load(T.root .. "/spec", v)
  local low = lower.lower(abi)
  local d = os.tmpname()
  local src, wasm = d .. ".c", d .. ".wasm"
  T.write(src, guest_source(abi, low))
  local out, code = T.sh(('clang %s -O1 -Wall -Wextra -Werror '
    .. '-pedantic -Wno-unused-parameter -I"%s/generated/%s" -Wl,--export='
    .. 'pw_guest_calls "%s" -o "%s"'):format(flags, T.root, v, src, wasm))
  T.eq(code, 0, v .. ": clang: " .. out)
  local m = read_module(wasm)
  os.remove(wasm); os.remove(src); os.remove(d)
  local want = {}
  for _, L in ipairs(low.host) do want[L.name] = lower.signature(L) end
  for _, im in ipairs(m.imports) do
    if im.module ~= extra_module then
      T.eq(im.sig, want[im.name], v .. ": import " .. im.name)
      want[im.name] = nil
    end
  end
  T.eq(next(want), nil, v .. ": not imported")
  for name, sig in pairs(m.exports) do
    local L = low.by_name[name]
    if L then T.eq(sig, lower.signature(L), v .. ": export " .. name) end
  end
  if abi.marker then T.eq(m.exports[abi.marker], "() -> nil", "marker") end
end

local tests = {}

function tests.every_version_freestanding()
  for _, v in ipairs(load.versions(T.root .. "/spec")) do
    check_version(v, TARGETS.freestanding, nil)
  end
end

function tests.every_version_wasi()
  for _, v in ipairs(load.versions(T.root .. "/spec")) do
    check_version(v, TARGETS.wasi, "wasi_snapshot_preview1")
  end
end

function tests.freestanding()
  check_target(TARGETS.freestanding, nil, nil)
end

function tests.wasi()
  check_target(TARGETS.wasi, "wasi_snapshot_preview1", "_initialize")
end

-- Every version's guest header compiles, for both targets, next to libc's
-- own main and malloc: the integration exports (module guest_header =
-- "list") are listed in a comment, not declared.
function tests.every_header_compiles()
  local load = require("pwabi.load")
  local src = os.tmpname() .. ".c"
  for _, v in ipairs(load.versions(T.root .. "/spec")) do
    local abi = load.load(T.root .. "/spec", v)
    T.write(src, ('#include "%s_guest.h"\n#ifdef __wasi__\n'
      .. '#include <stdlib.h>\n#else\nvoid *malloc(__SIZE_TYPE__ n);\n'
      .. '#endif\nint main(void) { return malloc(1) == 0; }\n')
      :format(abi.c_prefix))
    for _, flags in ipairs({ "--target=wasm32-unknown-unknown -ffreestanding",
        "--target=wasm32-wasi" }) do
      local out, code = T.sh(('clang %s -std=c11 -Wall -Wextra -Werror '
        .. '-pedantic -fsyntax-only -I"%s/generated/%s" "%s"'):format(flags,
        T.root, v, src))
      T.eq(code, 0, v .. " (" .. flags .. "): " .. out)
    end
  end
  os.remove(src)
end

return tests
