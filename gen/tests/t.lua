-- Assertions and fixtures shared by the generator tests.
local T = {}

local function show(v)
  if type(v) == "string" then return ("%q"):format(v) end
  return tostring(v)
end

function T.eq(got, want, what)
  if got ~= want then
    error(("%s: got %s, want %s"):format(what or "value", show(got),
      show(want)), 2)
  end
end

function T.ok(cond, what)
  if not cond then error(what or "assertion failed", 2) end
end

-- Root of the repository, from this file's location.
T.root = (debug.getinfo(1, "S").source:match("^@(.*)/gen/tests/t%.lua$")
  or ".")

function T.sh(cmd)
  local p = io.popen(cmd .. " 2>&1")
  local out = p:read("a")
  local ok, _, code = p:close()
  return out, ok and 0 or code
end

-- A scratch spec tree: schema plus a copy of v1alpha, to break on purpose.
function T.scratch_spec()
  local dir = os.tmpname()
  os.remove(dir)
  os.execute(('mkdir -p "%s/v1alpha" && cp "%s/spec/schema.lua" "%s/" && '
    .. 'cp "%s"/spec/v1alpha/*.lua "%s/v1alpha/"'):format(dir, T.root, dir,
    T.root, dir))
  return dir
end

function T.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

function T.write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

-- Replace exactly one occurrence of `old` in a file.
function T.patch(path, old, new)
  local s = T.read(path)
  local i, j = s:find(old, 1, true)
  assert(i, "patch: text not found: " .. old)
  assert(not s:find(old, j + 1, true), "patch: text not unique: " .. old)
  T.write(path, s:sub(1, i - 1) .. new .. s:sub(j + 1))
end

-- Load a spec dir; returns the error message (or nil when it loads).
function T.load_error(dir, version)
  local load = require("pwabi.load")
  local ok, err = pcall(load.load, dir, version or "v1alpha")
  if ok then return nil end
  return err
end

return T
