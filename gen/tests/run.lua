-- Runs every gen/tests/test_*.lua.  Each file returns { name = function }.
-- Usage: lua5.4 gen/tests/run.lua [pattern]
local here = arg[0]:match("^(.*)/[^/]*$") or "."
package.path = here .. "/../?.lua;" .. here .. "/?.lua;" .. package.path

local files = {}
local p = io.popen(('ls "%s"/test_*.lua'):format(here))
for f in p:lines() do files[#files + 1] = f end
p:close()
table.sort(files)

local pass, fail = 0, 0
for _, file in ipairs(files) do
  local tests = dofile(file)
  local names = {}
  for k in pairs(tests) do names[#names + 1] = k end
  table.sort(names)
  for _, name in ipairs(names) do
    local label = file:match("([^/]+)%.lua$") .. ": " .. name
    if not arg[1] or label:find(arg[1], 1, true) then
      local ok, err = pcall(tests[name])
      if ok then
        pass = pass + 1
      else
        fail = fail + 1
        io.stderr:write(("FAIL %s\n  %s\n"):format(label, tostring(err)))
      end
    end
  end
end
print(("lua tests: %d passed, %d failed"):format(pass, fail))
os.exit(fail == 0 and 0 or 1)
