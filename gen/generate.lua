-- pwabi generator driver.
--   lua5.4 gen/generate.lua [--spec DIR] [--out DIR] [--check]
-- Loads every spec/<version>/abi.lua, lowers it, runs every emitter and
-- writes generated/.  With --check nothing is written: each file is compared
-- with what is on disk and the run fails on any difference or stale file.
collectgarbage("generational")   -- many short-lived strings: faster
local here = arg[0]:match("^(.*)/[^/]*$") or "."
package.path = here .. "/?.lua;" .. package.path

local util = require("pwabi.util")
local load = require("pwabi.load")
local lower = require("pwabi.lower")
local union = require("pwabi.union")
local registry = require("pwabi.emit_registry")
local site = require("pwabi.emit_site")

local EMITTERS = {
  -- one family per module; each returns { [relative path] = text } for one
  -- version, given the union of every version
  require("pwabi.emit_host").files,
  require("pwabi.emit_glue").files,
  require("pwabi.emit_guest").files,
  require("pwabi.emit_docs").files,
  require("pwabi.emit_manifest").files,
}

-- Families written once for all versions: function(U) -> { path = text }.
local ACROSS = {
  require("pwabi.emit_union").files,
  require("pwabi.emit_changelog").files,
}

-- Pages other emitters add to the site (generated/docs/): each entry is a
-- function(abis, lows, U) returning a list of site.page(name, title, html).
local SITE_PAGES = {
  require("pwabi.emit_changelog").pages,
}

local function parse_args(argv)
  local root = here:match("^(.*)/gen$") or (here == "gen" and ".")
    or (here .. "/..")
  local o = { spec = root .. "/spec", out = root .. "/generated" }
  local i = 1
  while argv[i] do
    local a = argv[i]
    if a == "--check" then o.check = true
    elseif a == "--spec" then i = i + 1; o.spec = argv[i]
    elseif a == "--out" then i = i + 1; o.out = argv[i]
    else
      io.stderr:write(("generate: unknown argument '%s'\n"):format(a))
      os.exit(2)
    end
    i = i + 1
  end
  return o
end

-- Add an emitter's { path = text } under prefix; a path written twice is
-- an error.
local function add(files, prefix, out)
  for path, text in util.spairs(out) do
    local key = prefix .. path
    if files[key] then error("two emitters write " .. key) end
    files[key] = text
  end
end

-- All outputs as { path = text }.
local function render(o)
  local files, versions, abis, lows = {}, {}, {}, {}
  for _, v in ipairs(load.versions(o.spec)) do
    local abi = load.load(o.spec, v)
    local low = lower.lower(abi)
    versions[#versions + 1] = { abi = abi, low = low }
    abis[#abis + 1], lows[#lows + 1] = abi, low
  end
  local U = union.build(versions)
  for _, x in ipairs(versions) do
    for _, emit in ipairs(EMITTERS) do
      add(files, x.abi.version .. "/", emit(x.abi, x.low, U))
    end
  end
  add(files, "", registry.files(abis))
  for _, emit in ipairs(ACROSS) do add(files, "", emit(U)) end
  local pages = {}
  for _, contribute in ipairs(SITE_PAGES) do
    for _, p in ipairs(contribute(abis, lows, U)) do pages[#pages + 1] = p end
  end
  add(files, "", site.files(abis, lows, pages))
  return files
end

local function existing(out)
  local list = {}
  local p = io.popen(('cd "%s" 2>/dev/null && find . -type f | sort'):format(out))
  for line in p:lines() do list[#list + 1] = line:sub(3) end
  p:close()
  return list
end

local function check(o, files)
  local bad = {}
  for path, text in util.spairs(files) do
    local cur = util.read_file(o.out .. "/" .. path)
    if cur == nil then bad[#bad + 1] = "missing: " .. path
    elseif cur ~= text then bad[#bad + 1] = "differs: " .. path end
  end
  for _, path in ipairs(existing(o.out)) do
    if not files[path] then bad[#bad + 1] = "stale: " .. path end
  end
  if #bad > 0 then
    io.stderr:write("generated/ is not current:\n  " ..
      table.concat(bad, "\n  ") .. "\nfix: run `make generate`\n")
    os.exit(1)
  end
  print(("generated/ is current (%d files)"):format(util.count(files)))
end

local function write(o, files)
  for _, path in ipairs(existing(o.out)) do
    if not files[path] then os.remove(o.out .. "/" .. path) end
  end
  local made = {}   -- one mkdir per folder: a process each costs ms
  for path, text in util.spairs(files) do
    local dir = (o.out .. "/" .. path):match("^(.*)/")
    if not made[dir] then os.execute(('mkdir -p "%s"'):format(dir)) end
    made[dir] = true
    if util.read_file(o.out .. "/" .. path) ~= text then
      util.write_file(o.out .. "/" .. path, text)
    end
  end
  print(("wrote %d files to %s"):format(util.count(files), o.out))
end

local o = parse_args(arg)
local ok, files = pcall(render, o)
if not ok then
  io.stderr:write(tostring(files) .. "\n")
  os.exit(1)
end
if o.check then check(o, files) else write(o, files) end
