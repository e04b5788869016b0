-- What changed between versions, and which version has which function:
-- the model behind the changelog and the compatibility matrix.
--
--   changes.chain(U)    versions oldest first (shallowest in `extends`)
--   changes.between(a, b)  b extends a; a and b are { abi, low }: a list
--       of { kind, item, detail }, kind one of (in this order)
--         marker, renamed, removed, added, signature, semantics,
--         type added, type removed, values added, values removed,
--         renumbered
--   changes.history(U)  { { from, to, list } } for every version that
--       extends another, oldest first
--   changes.matrix(U)   { versions, rows = { { name, side,
--       cells = { [version] = { name, code } or false } } } }
local lower = require("pwabi.lower")
local util = require("pwabi.util")

local M = {}

local KINDS = { "marker", "renamed", "removed", "added", "signature",
  "semantics", "type added", "type removed", "values added",
  "values removed", "renumbered" }
local ORDER = {}
for i, k in ipairs(KINDS) do ORDER[k] = i end

function M.chain(U)
  local list = {}
  for i, v in ipairs(U.versions) do list[i] = v end
  table.sort(list, function(a, b)
    if a.abi.depth ~= b.abi.depth then return a.abi.depth < b.abi.depth end
    return a.abi.version < b.abi.version
  end)
  return list
end

local canon = util.canon

local function param_names(L)
  local t = {}
  for i, p in ipairs(L.spec.params) do t[i] = p.name end
  return table.concat(t, ", ")
end

local function compare_function(out, LA, LB)
  local ca, cb = lower.code(LA), lower.code(LB)
  local pa, pb = param_names(LA), param_names(LB)
  if ca ~= cb or pa ~= pb then
    out[#out + 1] = { kind = "signature", item = LB.name,
      detail = ("(%s) %s -> (%s) %s"):format(pa, ca, pb, cb) }
  end
  if canon(LA.spec.sem) ~= canon(LB.spec.sem) then
    out[#out + 1] = { kind = "semantics", item = LB.name, detail = "" }
  end
end

local function functions(out, a, b)
  local seen = {}
  for name, LA in pairs(a.low.by_name) do
    local nb = b.abi.renamed[name] or name
    local LB = b.low.by_name[nb]
    if not LB then
      out[#out + 1] = { kind = "removed", item = name, detail = LA.side }
    else
      seen[nb] = true
      if nb ~= name then
        out[#out + 1] = { kind = "renamed", item = nb, detail = name }
      end
      compare_function(out, LA, LB)
    end
  end
  for name, LB in pairs(b.low.by_name) do
    if not seen[name] then
      out[#out + 1] = { kind = "added", item = name, detail = LB.side }
    end
  end
end

local function values(t)
  local m = {}
  for _, v in ipairs(t.variants or t.flags or {}) do m[v.name] = v.value end
  return m
end

local function list_values(m, names)
  local t = {}
  for _, n in ipairs(names) do t[#t + 1] = ("%s = %d"):format(n, m[n]) end
  return table.concat(t, ", ")
end

local function compare_type(out, ta, tb)
  local va, vb = values(ta), values(tb)
  local added, removed, moved = {}, {}, {}
  for _, n in ipairs(util.sorted_keys(vb)) do
    if va[n] == nil then added[#added + 1] = n
    elseif va[n] ~= vb[n] then
      moved[#moved + 1] = ("%s %d -> %d"):format(n, va[n], vb[n])
    end
  end
  for _, n in ipairs(util.sorted_keys(va)) do
    if vb[n] == nil then removed[#removed + 1] = n end
  end
  local function add(kind, detail)
    out[#out + 1] = { kind = kind, item = tb.name, detail = detail }
  end
  if #added > 0 then add("values added", list_values(vb, added)) end
  if #removed > 0 then add("values removed", list_values(va, removed)) end
  if #moved > 0 then add("renumbered", table.concat(moved, ", ")) end
end

local function types(out, a, b)
  for name, ta in pairs(a.abi.types_by_name) do
    local tb = b.abi.types_by_name[name]
    if tb then compare_type(out, ta, tb)
    else out[#out + 1] = { kind = "type removed", item = name, detail = "" }
    end
  end
  for name in pairs(b.abi.types_by_name) do
    if not a.abi.types_by_name[name] then
      out[#out + 1] = { kind = "type added", item = name, detail = "" }
    end
  end
end

function M.between(a, b)
  local out = {}
  if (a.abi.marker or "") ~= (b.abi.marker or "") then
    out[1] = { kind = "marker", item = b.abi.marker or "(none)",
      detail = a.abi.marker or "(none)" }
  end
  functions(out, a, b)
  types(out, a, b)
  table.sort(out, function(x, y)
    if x.kind ~= y.kind then return ORDER[x.kind] < ORDER[y.kind] end
    return x.item < y.item
  end)
  return out
end

function M.history(U)
  if U.history then return U.history end   -- two emitters ask
  local by, out = {}, {}
  for _, v in ipairs(U.versions) do by[v.abi.version] = v end
  for _, v in ipairs(M.chain(U)) do
    local base = v.abi.extends and by[v.abi.extends]
    if base then
      out[#out + 1] = { from = base, to = v, list = M.between(base, v) }
    end
  end
  U.history = out
  return out
end

local function rows(U, side, chain)
  local out = {}
  for _, f in ipairs(U[side]) do
    local r = { name = f.name, side = side, cells = {} }
    for _, v in ipairs(chain) do
      local L = f.by_version[v.abi.version]
      r.cells[v.abi.version] = L and { name = L.name, code = lower.code(L) }
        or false
    end
    out[#out + 1] = r
  end
  return out
end

function M.matrix(U)
  local chain = M.chain(U)
  local all = rows(U, "host", chain)
  for _, r in ipairs(rows(U, "guest", chain)) do all[#all + 1] = r end
  return { versions = chain, rows = all }
end

return M
