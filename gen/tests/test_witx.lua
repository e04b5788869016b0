-- The witx-mode rendering reproduces the source document, except for the
-- table-of-contents lines erratum E1 adds on purpose.
local T = require("t")
local load = require("pwabi.load")
local util = require("pwabi.util")
local witx = require("pwabi.emit_witx")

local function lines(s)
  local t = {}
  for l in s:gmatch("([^\n]*)\n") do t[#t + 1] = l end
  return t
end

local tests = {}

function tests.reproduces_source_except_errata()
  local abi = load.load(T.root .. "/spec", "v1alpha")
  local got = lines(witx.render(abi, util))
  local src = lines(T.read(T.root .. "/spec/v1alpha/source.md"))
  local fixed = {}
  for _, e in ipairs(abi.errata) do
    for _, name in ipairs(e.toc_omits or {}) do
      fixed[("    * [`%s`](#%s)"):format(name, name)] = e.id
    end
  end
  -- Drop the declared additions; what remains must equal the source.
  local kept, dropped = {}, 0
  for _, l in ipairs(got) do
    if fixed[l] then dropped = dropped + 1 else kept[#kept + 1] = l end
  end
  T.eq(dropped, 5, "TOC lines added by E1")
  T.eq(table.concat(kept, "\n"), table.concat(src, "\n"), "witx rendering")
  for l in pairs(fixed) do
    for _, s in ipairs(src) do T.ok(s ~= l, "E1 line already in source: " .. l) end
  end
end

function tests.byte_exact_size()
  -- Trailing newlines count too: the byte sizes differ by exactly the five
  -- added TOC lines.
  local abi = load.load(T.root .. "/spec", "v1alpha")
  local got = witx.render(abi, util)
  local src = T.read(T.root .. "/spec/v1alpha/source.md")
  local added = 0
  for _, name in ipairs(abi.errata_by_id.E1.toc_omits) do
    added = added + #("    * [`%s`](#%s)\n"):format(name, name)
  end
  T.eq(#got - #src, added, "size difference")
  T.eq(got:sub(-300), src:sub(-300), "document tail")
end

return tests
