-- Writes a C guest for any version from its generated .def:
--   lua5.4 any_guest.lua generated/<v>/<prefix>_abi.def > guest.c
-- It includes the version's guest header, declares the version with the
-- header's marker macro, brings a bump allocator, logs from
-- proxy_on_configure, and defines every callback with the cheapest valid
-- answer (1 for start, configure and done; 0, continue, otherwise).
local path = assert(arg[1], "usage: any_guest.lua ABI.def")
local prefix = path:match("([%w_]+)_abi%.def$")
local def = assert(io.open(path)):read("a")
local SKIP = { _initialize = true, _start = true, main = true,
  malloc = true, proxy_on_memory_allocate = true }
local ONE = { proxy_on_vm_start = true, proxy_on_start = true,
  proxy_validate_configuration = true, proxy_on_configure = true,
  proxy_on_done = true }

local out = {}
local function w(s) out[#out + 1] = s end
w(('#include "%s_guest.h"'):format(prefix))
if def:find("\nPW_GUESTFN%(proxy_abi_version_") then
  w(("%s_ABI_VERSION()"):format(prefix:upper()))
end
w([[
static unsigned char heap[65536];
static uint32_t top;

__attribute__((export_name("malloc")))
void *malloc(unsigned long n)
{
  void *p = heap + top;

  top = (uint32_t)(top + n + 7) & ~7u;
  if (top > sizeof heap)
    top = 0;
  return p;
}]])
for name, sig in def:gmatch('\nPW_GUESTFN%(([%w_]+), "([iI]*:i?)"') do
  if not SKIP[name] and not name:match("^proxy_abi_version_") then
    local params, n = {}, 0
    for c in sig:match("^(.-):"):gmatch(".") do
      n = n + 1
      params[n] = (c == "I" and "uint64_t" or "uint32_t") .. " a" .. n
    end
    local ret = sig:match(":i$") and "uint32_t" or "void"
    local body = ret == "void" and "" or ("return %d;"):format(
      ONE[name] and 1 or 0)
    if name == "proxy_on_configure" then
      body = 'proxy_log(2, "configured", 10); ' .. body
    end
    w(("%s %s(%s) { %s }"):format(ret, name,
      n > 0 and table.concat(params, ", ") or "void", body))
  end
end
print(table.concat(out, "\n"))
