-- The version registry, one pair of files for all versions together:
--   versions.def  PW_VERSION(name, prefix, marker, manifest) rows, for C
--   versions.mk   PW_VERSIONS and PW_PREFIX_<name>, for make
-- Nothing outside spec/ and generated/ names a version: runtimes build and
-- look up versions from these two files only.
local util = require("pwabi.util")
local manifest = require("pwabi.emit_manifest")

local M = {}

local function def(abis)
  local b = util.buffer(util.C_WIDTH)
  b.line("/* %s */", util.banner("", "", ""))
  b.line("/*")
  b.line(" * Data only: define PW_VERSION, then include this file.")
  b.line(" *   PW_VERSION(name, prefix, marker, manifest)")
  b.line(" * name: the spec folder; prefix: of the generated C names")
  b.line(" * (<prefix>_abi is the pw_abi); marker: the export that declares")
  b.line(" * the version, \"\" if it has none; manifest: coverage items,")
  b.line(" * relative to generated/.")
  b.line(" */")
  for _, abi in ipairs(abis) do
    b.line("PW_VERSION(%s, %s, %s, %s)", abi.version, abi.c_prefix,
      util.c_string(abi.marker or ""),
      util.c_string(abi.version .. "/" .. manifest.FILE))
  end
  b.line("#undef PW_VERSION")
  return b.text()
end

local function mk(abis)
  local b = util.buffer(util.C_WIDTH)
  b.line("# %s", util.banner("", "", ""))
  local names = {}
  for i, abi in ipairs(abis) do names[i] = abi.version end
  b.line("PW_VERSIONS := %s", table.concat(names, " "))
  for _, abi in ipairs(abis) do
    b.line("PW_PREFIX_%s := %s", abi.version, abi.c_prefix)
  end
  return b.text()
end

-- abis: every loaded version, in registry order.
function M.files(abis)
  return { ["versions.def"] = def(abis), ["versions.mk"] = mk(abis) }
end

return M
