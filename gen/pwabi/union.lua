-- The union of every version: what a host implements once.
--
--   union.build(versions) -> U, versions = { { abi = ..., low = ... }, ... }
--
-- A function's identity across versions is its lineage: the name it has in
-- the newest version that has it, following `rename` (proxy_on_start is
-- proxy_on_vm_start's lineage in v1alpha once a later version renames it).
-- "Newest" is the deepest in the `extends` chain, ties broken by name.
--
--   U.versions      the versions, newest first
--   U.types         list of canonical types, each
--                   { name, kind, repr, doc, variants = { {name, value} } }
--   U.type_by_name
--   U.host, U.guest lists of canonical functions (host: every import,
--                   WASI's named wasi_<name>), each
--                   { name (the lineage), args (lowered, canonical),
--                     result, spec (of the newest), by_version = {[v] = L} }
--   U.lineage[v][name]  lineage of version v's function `name`
--
-- Canonical enum values: the newest version's numbering; a variant only
-- older versions have gets the next free value after the newest's largest,
-- in the order met (newest version first).  Canonical arguments: the
-- newest version's, then any an older version has and the newer lack.
local M = {}

local function newest_first(versions)
  local list = {}
  for i, v in ipairs(versions) do list[i] = v end
  table.sort(list, function(a, b)
    if a.abi.depth ~= b.abi.depth then return a.abi.depth > b.abi.depth end
    return a.abi.version < b.abi.version
  end)
  return list
end

-- The child that continues a version: the newest version extending it.
local function successors(list)
  local next = {}
  for _, v in ipairs(list) do
    local b = v.abi.extends
    if b and not next[b] then next[b] = v end
  end
  return next
end

local function lineages(list)
  local next, lin = successors(list), {}
  for _, v in ipairs(list) do          -- newest first: successors are done
    local name = v.abi.version
    lin[name] = {}
    local succ = next[name]
    for fname in pairs(v.low.by_name) do
      local later = succ and (succ.abi.renamed[fname] or fname)
      lin[name][fname] = later and lin[succ.abi.version][later] or fname
    end
  end
  return lin
end

local function merge_variants(t, from)
  local have, max = {}, -1
  for _, v in ipairs(t.variants) do
    have[v.name] = true
    if v.value > max then max = v.value end
  end
  for _, v in ipairs(from.variants or from.flags or {}) do
    if not have[v.name] then
      if t.kind == "flags" then
        error(("flags %s: %s differs between versions"):format(t.name, v.name))
      end
      max = max + 1
      t.variants[#t.variants + 1] = { name = v.name, value = max }
      have[v.name] = true
    end
  end
end

local function canonical_types(U)
  for _, v in ipairs(U.versions) do
    for _, t in ipairs(v.low.types) do
      local c = U.type_by_name[t.name]
      if not c then
        c = { name = t.name, kind = t.kind, repr = t.repr, doc = t.doc,
          variants = {} }
        for i, v in ipairs(t.variants or t.flags or {}) do
          c.variants[i] = { name = v.name, value = v.value }
        end
        U.type_by_name[t.name] = c
        U.types[#U.types + 1] = c
      elseif c.kind ~= t.kind then
        error(("type %s: %s in one version, %s in another"):format(t.name,
          c.kind, t.kind))
      end
      merge_variants(c, t)
    end
  end
end

local function merge_args(f, L)
  local have = {}
  for _, a in ipairs(f.args) do have[a.param.name] = a end
  for _, a in ipairs(L.args) do
    local c = have[a.param.name]
    if not c then
      f.args[#f.args + 1] = a
      have[a.param.name] = a
    elseif c.class ~= a.class then
      error(("%s.%s: %s in one version, %s in another"):format(f.name,
        a.param.name, c.class, a.class))
    end
  end
end

-- The lineage of version v's lowered function L (WASI: its op name).
function M.lineage_of(U, version, L)
  return L.wasi and L.key or U.lineage[version][L.name]
end

local function canonical_functions(U, side)
  local list, by = U[side], {}
  for _, v in ipairs(U.versions) do
    for _, L in ipairs(v.low[side == "host" and "imports" or side]) do
      local name = M.lineage_of(U, v.abi.version, L)
      local f = by[name]
      if not f then
        f = { name = name, args = {}, result = L.result, spec = L.spec,
          status = L.status, mode = L.mode,
          by_version = {} }
        by[name] = f
        list[#list + 1] = f
      end
      merge_args(f, L)
      f.by_version[v.abi.version] = L
    end
  end
  U[side .. "_by_name"] = by
end

function M.build(versions)
  local U = { versions = newest_first(versions), types = {},
    type_by_name = {}, host = {}, guest = {} }
  U.lineage = lineages(U.versions)
  canonical_types(U)
  canonical_functions(U, "host")
  canonical_functions(U, "guest")
  return U
end

-- The canonical value of variant `name` of type `tname`.
function M.value(U, tname, name)
  for _, v in ipairs(U.type_by_name[tname].variants) do
    if v.name == name then return v.value end
  end
  error(("type %s has no variant %s"):format(tname, name))
end

-- Does version type t number every variant as the canonical type does?
function M.same_numbering(U, t)
  for _, v in ipairs(t.variants or t.flags or {}) do
    if M.value(U, t.name, v.name) ~= v.value then return false end
  end
  return true
end

return M
