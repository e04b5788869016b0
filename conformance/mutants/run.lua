-- pwabi's mutation harness (conformance/mutants/README.md): single faults
-- in the reference host and the generated glue, each certified on every
-- version; killed / survived per area of the ABI.
--
--   lua5.4 conformance/mutants/run.lua [--sample] [--only ID,ID,...]
--       [--filter PATTERN] [--area NAME] [--jobs N] [--mutants DIR]
--       [--scratch DIR]
--       [--check]
--
-- Runs from the top of the source tree.  The source tree is only read:
-- every mutant is applied in a scratch copy (build/mutate/w<k>), which is
-- synced from the source at the start of each run, so a run that was
-- interrupted leaves nothing behind that the next one keeps.
--
-- Internal: --worker SCRATCH --ids ID,... --results FILE (one worker per
-- scratch copy; the main process starts --jobs of them).

local LUA = os.getenv("LUA") or "lua5.4"
local BUILD_TARGETS = "build/pwabi build/hosts/reference.so build/wasm/stamp"

local function die(fmt, ...)
  io.stderr:write("mutate: ", string.format(fmt, ...), "\n")
  os.exit(2)
end

local function readfile(path)
  local f = io.open(path, "rb")
  if f == nil then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function writefile(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function sh_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- Run a shell command; its exit code (a signal: 128 + n).
local function run(cmd)
  local ok, how, code = os.execute(cmd)
  if ok then return 0 end
  if how == "signal" then return 128 + code end
  return code
end

local function lines_of(cmd)
  local p = assert(io.popen(cmd))
  local t = {}
  for l in p:lines() do t[#t + 1] = l end
  p:close()
  return t
end

-- Occurrences of plain string `find` in s.
local function count(s, find)
  local n, i = 0, 1
  while true do
    local a, b = s:find(find, i, true)
    if a == nil then return n end
    n, i = n + 1, b + 1
  end
end

---------------------------------------------------------------- the data

local FIELDS = { id = "string", file = "string", find = "string",
  replace = "string", area = "string", why = "string",
  equivalent = "string?", sample = "boolean?" }

-- What a data file sees: ipairs, pairs, string, table, and
--   ALL, NEW     every version of the registry (generated/versions.def),
--                and those with a marker (0.1.0 on)
--   G[v], P[v]   version v's glue file and the prefix of its C names
--   add(m)       one more mutant (a file may instead return its list)
--   mem_as_arg(area, versions, "fn.arg"), arg_unchecked(area, versions,
--                fn, arg, type [, equivalent]): the two faults every
--                area's glue can have, one mutant per version
-- and returns the list add filled.
local function data_env(root)
  local env = { ipairs = ipairs, pairs = pairs, string = string,
                table = table, ALL = {}, NEW = {}, G = {}, P = {} }
  local list = {}
  local def = readfile(root .. "/generated/versions.def") or ""
  for name, prefix, marker in def:gmatch(
      '\nPW_VERSION%(([%w_]+), pw_([%w_]+), "([%w_]*)"') do
    env.ALL[#env.ALL + 1] = name
    if marker ~= "" then env.NEW[#env.NEW + 1] = name end
    env.G[name] = "generated/" .. name .. "/pw_" .. prefix .. "_host.c"
    env.P[name] = prefix
  end
  function env.add(t) list[#list + 1] = t end
  -- The glue answers a pointer outside memory with bad_argument.
  function env.mem_as_arg(area, vs, item)
    for _, v in ipairs(vs) do
      env.add { id = area .. "-glue-" .. v .. "-"
          .. item:gsub("^proxy_", ""):gsub("[._]", "-"),
        area = area, file = env.G[v], find = 'bad_mem(e, "' .. item .. '")',
        replace = 'bad_arg(e, "' .. item .. '")',
        why = v .. " glue: " .. item .. " outside memory answered "
          .. "bad_argument, not invalid_memory_access" }
    end
  end
  -- The glue passes an enum value no variant names to the host
  -- (equivalent: why the host's own check hides it, if it does).
  function env.arg_unchecked(area, vs, fn, arg, ty, equivalent)
    for _, v in ipairs(vs) do
      env.add { id = area .. "-glue-" .. v .. "-"
          .. fn:gsub("^proxy_", ""):gsub("_", "-") .. "-unchecked",
        area = area, file = env.G[v],
        find = "  if (!pw_" .. env.P[v] .. "_" .. ty .. "_valid(" .. arg
          .. '))\n    return guest_status(bad_arg(e, "' .. fn .. "."
          .. arg .. '"));',
        replace = "", equivalent = equivalent,
        why = v .. " glue: " .. fn .. " passes an out-of-range " .. arg
          .. " to the host unchecked" }
    end
  end
  return env, list
end

-- Every mutant of every data file in dir (sorted by file name), checked:
-- fields, unique ids, each find exactly once in its file under root.
local function load_mutants(dir, root)
  local files = lines_of("ls " .. sh_quote(dir) .. "/*.lua 2>/dev/null")
  local all, seen, errs = {}, {}, {}
  local cache = {}
  local function err(fmt, ...) errs[#errs + 1] = string.format(fmt, ...) end
  table.sort(files)
  for _, path in ipairs(files) do
    if not path:match("/run%.lua$") then
      local env, collected = data_env(root)
      local chunk, e = loadfile(path, "t", env)
      if chunk == nil then die("%s", e) end
      local ok, list = pcall(chunk)
      if ok and list == nil then list = collected end
      if not ok or type(list) ~= "table" then
        die("%s: does not return a list of mutants (%s)", path,
            tostring(list))
      end
      for i, m in ipairs(list) do
        local name = type(m.id) == "string" and m.id
          or (path .. " #" .. i)
        for k, ty in pairs(FIELDS) do
          local want, opt = ty:match("^(%a+)(%??)$")
          if m[k] == nil and opt == "" then
            err("%s: missing field %s", name, k)
          elseif m[k] ~= nil and type(m[k]) ~= want then
            err("%s: field %s is not a %s", name, k, want)
          end
        end
        for k in pairs(m) do
          if FIELDS[k] == nil then err("%s: unknown field %s", name, k) end
        end
        if seen[name] then err("%s: duplicate id (also in %s)", name,
                               seen[name]) end
        seen[name] = path
        if type(m.file) == "string" and type(m.find) == "string" then
          if m.find == m.replace then
            err("%s: replace is the same as find", name)
          end
          local src = cache[m.file]
          if src == nil then
            src = readfile(root .. "/" .. m.file) or false
            cache[m.file] = src
          end
          if src == false then
            err("%s: file %s does not exist", name, m.file)
          else
            local n = count(src, m.find)
            if n ~= 1 then
              err("%s: find occurs %d times in %s (must be exactly once)",
                  name, n, m.file)
            end
          end
        end
        m.source = path
        all[#all + 1] = m
      end
    end
  end
  if #errs > 0 then
    for _, e in ipairs(errs) do io.stderr:write("mutate: ", e, "\n") end
    die("%d error(s) in the mutant data (%s)", #errs, dir)
  end
  return all
end

---------------------------------------------------------------- scratch

-- Make scratch a copy of the source tree's files (tracked and untracked,
-- not ignored, build/ never): a file that differs is rewritten (so make
-- sees it as new), one that is gone from the source is removed.
-- The tree's files: git's list (tracked and untracked, not ignored), or
-- outside a git checkout every file but build/ and .git/.
local function list_cmd(root)
  local git = "git -C " .. sh_quote(root) .. " ls-files -co --exclude-standard"
  if run(git .. " > /dev/null 2>&1") == 0 then
    return "cd " .. sh_quote(root) .. " && " .. git .. " | grep -v '^build/'"
  end
  return "cd " .. sh_quote(root) .. " && find . \\( -path ./build -o" ..
    " -path ./.git \\) -prune -o -type f -print | sed 's|^\\./||'"
end

local function sync(root, scratch)
  local files = lines_of(list_cmd(root))
  local want = {}
  for _, f in ipairs(files) do want[f] = true end
  if #files == 0 then die("no source files found under %s", root) end
  if readfile(scratch .. "/Makefile") == nil then
    -- First copy: tar, with the files' times set to now (-m).
    local rc = run("mkdir -p " .. sh_quote(scratch) .. " && " ..
      list_cmd(root) .. " | tar -cf - -T - | tar -xmf - -C " ..
      sh_quote(scratch))
    if rc ~= 0 then die("cannot copy the tree to %s", scratch) end
    return
  end
  for _, f in ipairs(files) do
    local s = readfile(root .. "/" .. f)
    if s ~= nil and readfile(scratch .. "/" .. f) ~= s then
      local d = f:match("^(.*)/[^/]*$")
      if d then run("mkdir -p " .. sh_quote(scratch .. "/" .. d)) end
      run("cp " .. sh_quote(root .. "/" .. f) .. " " ..
          sh_quote(scratch .. "/" .. f))
    end
  end
  for _, f in ipairs(lines_of("cd " .. sh_quote(scratch) ..
      " && find . -path ./build -prune -o -type f -print")) do
    f = f:gsub("^%./", "")
    if not want[f] then os.remove(scratch .. "/" .. f) end
  end
end

---------------------------------------------------------------- a worker

-- The certification's verdict from its TAP report and exit status.
local function verdict(scratch, out, rc, log)
  if rc == 124 then
    return "killed", "timeout (the whole certification)"
  end
  if rc == 0 then return "survived" end
  local tap = readfile(out .. "/results.tap")
  if rc ~= 1 or tap == nil then
    local last = (log or ""):match("([^\n]+)\n?$") or ""
    return "killed", string.format("crash or load error (exit %d): %s",
                                   rc, last)
  end
  local failed, gate = {}, false
  local cur
  for line in tap:gmatch("[^\n]+") do
    local id = line:match("^not ok %d+ %- (.*)$")
    if id then
      if id:match("^coverage: ") then
        gate = true
      else
        cur = { id = id:gsub(" %(XPASS.*$", "") }
        if id:match("XPASS") then cur.msg = "XPASS" end
        failed[#failed + 1] = cur
      end
    elseif cur and cur.msg == nil then
      local k, v = line:match("^%s+(%a+): (.*)$")
      if k == "message" then cur.msg = v
      elseif k == "expected" then cur.exp = v
      elseif k == "observed" and cur.exp then
        cur.msg = "expected " .. cur.exp .. ", observed " .. v
      end
    end
  end
  if #failed == 0 and gate then
    return "gate", "only the coverage gate failed"
  end
  if #failed == 0 then
    return "killed", "exit 1 without a failed case"
  end
  local parts = {}
  for i = 1, math.min(3, #failed) do
    local f = failed[i]
    parts[#parts + 1] = f.id .. (f.msg and (" (" .. f.msg:sub(1, 100) .. ")")
                                 or "")
  end
  return "killed", string.format("%d case(s): %s%s", #failed,
    table.concat(parts, "; "), #failed > 3 and "; ..." or "")
end

local function serialize(v)
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" then return tostring(v) end
  local t = {}
  for k, x in pairs(v) do
    t[#t + 1] = "[" .. serialize(k) .. "]=" .. serialize(x)
  end
  return "{" .. table.concat(t, ",") .. "}"
end

local function worker(args, root)
  local scratch, results = args.worker, args.results
  scratch = lines_of("cd " .. sh_quote(scratch) .. " && pwd")[1]
  local byid = {}
  for _, m in ipairs(load_mutants(args.mutants, root)) do byid[m.id] = m end
  local out = io.open(results, "w")
  local mk = "make -s --no-print-directory -C " .. sh_quote(scratch) ..
    " BUILD=build " .. BUILD_TARGETS .. " > " ..
    sh_quote(scratch .. "/build/mutate.make.log") .. " 2>&1"
  run("mkdir -p " .. sh_quote(scratch .. "/build"))
  if run(mk) ~= 0 then
    io.stderr:write(readfile(scratch .. "/build/mutate.make.log") or "")
    die("the unmutated scratch copy %s does not build", scratch)
  end
  for id in args.ids:gmatch("[^,]+") do
    local m = byid[id]
    local path = scratch .. "/" .. m.file
    local orig = assert(readfile(path))
    local a, b = orig:find(m.find, 1, true)
    local mutated = orig:sub(1, a - 1) .. m.replace .. orig:sub(b + 1)
    local r = { id = id }
    local t0 = os.time()
    writefile(path, mutated)
    local ok, e = pcall(function()
      if run(mk) ~= 0 then
        r.result = "error"
        r.how = "build failed: " .. ((readfile(scratch ..
          "/build/mutate.make.log") or ""):match("[^\n]*error[^\n]*")
          or "see make output")
        return
      end
      if readfile(path) ~= mutated then
        r.result, r.how = "error", "the mutated file was rewritten by make"
        return
      end
      local o = scratch .. "/build/mutate-out/" .. id
      run("rm -rf " .. sh_quote(o))
      local logf = o .. ".log"
      run("mkdir -p " .. sh_quote(o))
      local rc = run("cd " .. sh_quote(scratch) ..
        " && timeout 300 ./build/pwabi certify --engine interp" ..
        " --profile spec-strict --host build/hosts/reference.so" ..
        " --wasm-dir build/wasm --format tap --timeout 20" ..
        " --out " .. sh_quote("build/mutate-out/" .. id) ..
        " > " .. sh_quote(logf) .. " 2>&1")
      r.result, r.how = verdict(scratch, o, rc, readfile(logf))
    end)
    writefile(path, orig)   -- always restored
    if not ok then r.result, r.how = "error", tostring(e) end
    r.seconds = os.time() - t0
    out:write("return ", serialize(r), "\n--\n")
    out:flush()
    io.stderr:write(string.format("  %-8s %s%s\n", r.result, id,
      r.how and ("  " .. r.how:sub(1, 110)) or ""))
  end
  out:close()
  -- Leave the scratch copy built as the source is.
  run(mk)
end

---------------------------------------------------------------- report

local ORDER = { "lifecycle", "l4", "headers", "buffers", "config",
  "properties", "logging", "metrics", "shared_data", "queues", "http_call",
  "grpc", "local_response", "wasi", "foreign", "startup" }

local function report(mutants, res, path, title)
  local areas, seen = {}, {}
  for _, a in ipairs(ORDER) do areas[#areas + 1] = a; seen[a] = true end
  for _, m in ipairs(mutants) do
    if not seen[m.area] then areas[#areas + 1] = m.area; seen[m.area] = true end
  end
  local L = {}
  local function p(fmt, ...) L[#L + 1] = string.format(fmt, ...) end
  p("# %s", title)
  p("")
  p("Each mutant is one fault in the reference host or the generated glue,")
  p("certified on every version (spec-strict, interp).  killed: a case")
  p("FAILed or XPASSed, or the run crashed or timed out; gate: no case")
  p("failed, but the coverage gate did (an item no longer crosses): the")
  p("certification fails, so it counts as killed, listed apart;")
  p("equivalent: excluded.  score = (killed + gate) / (killed + gate +")
  p("survived).")
  p("")
  p("| area | mutants | killed | gate | survived | equivalent | error | score |")
  p("|---|---|---|---|---|---|---|---|")
  local tot = { n = 0, killed = 0, gate = 0, survived = 0, equivalent = 0,
                error = 0 }
  for _, a in ipairs(areas) do
    local c = { n = 0, killed = 0, gate = 0, survived = 0, equivalent = 0,
                error = 0 }
    for _, m in ipairs(mutants) do
      if m.area == a then
        local r = m.equivalent and "equivalent" or (res[m.id] or {}).result
        if r then
          c.n = c.n + 1
          c[r] = c[r] + 1
        end
      end
    end
    if c.n > 0 then
      local d = c.killed + c.gate + c.survived
      p("| %s | %d | %d | %d | %d | %d | %d | %s |", a, c.n, c.killed,
        c.gate, c.survived, c.equivalent, c.error,
        d > 0 and string.format("%.0f %%", 100 * (c.killed + c.gate) / d)
        or "-")
      for k, v in pairs(c) do tot[k] = tot[k] + v end
    end
  end
  local d = tot.killed + tot.gate + tot.survived
  p("| **all** | %d | %d | %d | %d | %d | %d | %s |", tot.n, tot.killed,
    tot.gate, tot.survived, tot.equivalent, tot.error,
    d > 0 and string.format("**%.1f %%**", 100 * (tot.killed + tot.gate) / d)
    or "-")
  for _, kind in ipairs({ "survived", "gate", "error" }) do
    local any = false
    for _, m in ipairs(mutants) do
      local r = res[m.id]
      if r and r.result == kind and not m.equivalent then
        if not any then
          p("")
          p("## %s", kind == "survived" and "Survivors" or kind == "gate"
            and "Killed only by the coverage gate" or "Errors (mutant data)")
          p("")
          any = true
        end
        p("- `%s` (%s, `%s`): %s%s", m.id, m.area, m.file, m.why,
          r.how and ("  \n  " .. r.how) or "")
      end
    end
  end
  local anyeq = false
  for _, m in ipairs(mutants) do
    if m.equivalent then
      if not anyeq then
        p(""); p("## Equivalent (excluded)"); p(""); anyeq = true
      end
      p("- `%s` (`%s`): %s", m.id, m.file, m.equivalent)
    end
  end
  p("")
  p("## Every mutant")
  p("")
  for _, m in ipairs(mutants) do
    local r = m.equivalent and { result = "equivalent" } or res[m.id]
    if r then
      p("- %s `%s`%s", r.result, m.id, r.how and (": " .. r.how) or "")
    end
  end
  local text = table.concat(L, "\n") .. "\n"
  writefile(path, text)
  return text, tot
end

---------------------------------------------------------------- main

local function parse(argv)
  local a = { jobs = 2, mutants = "conformance/mutants",
              scratch = "build/mutate" }
  local i = 1
  while i <= #argv do
    local k = argv[i]
    local function val()
      i = i + 1
      if argv[i] == nil then die("%s needs a value", k) end
      return argv[i]
    end
    if k == "--sample" then a.sample = true
    elseif k == "--check" then a.check = true
    elseif k == "--report" then a.report = true
    elseif k == "--only" then a.only = val()
    elseif k == "--filter" then a.filter = val()
    elseif k == "--area" then a.area = val()
    elseif k == "--jobs" then a.jobs = tonumber(val())
    elseif k == "--mutants" then a.mutants = val()
    elseif k == "--scratch" then a.scratch = val()
    elseif k == "--worker" then a.worker = val()
    elseif k == "--ids" then a.ids = val()
    elseif k == "--results" then a.results = val()
    elseif k == "-h" or k == "--help" then
      io.write(([[
usage: lua5.4 conformance/mutants/run.lua [options]
  --sample        only the mutants marked sample = true; exit 1 if one
                  survives
  --only ID,...   only these mutants
  --filter PAT    only the mutants whose id contains PAT (a Lua pattern)
  --area NAME     only the mutants of this area
  --jobs N        scratch copies run in parallel (default 2)
  --mutants DIR   the mutant data (default conformance/mutants)
  --scratch DIR   where the scratch copies live (default build/mutate)
  --check         check the data (fields, ids, finds) and stop
  --report        run nothing: report the last run's results (the
                  selected mutants) against the data as it is now
Report: stdout and SCRATCH/report.md.  Exit: 0 done (1 with --sample when
a sample mutant survives; 1 when a mutant does not build), 2 bad data.
]]))
      os.exit(0)
    else die("unknown option %s", k) end
    i = i + 1
  end
  return a
end

local args = parse(arg)
local root = "."
if readfile(root .. "/Makefile") == nil then
  die("run from the top of the source tree")
end

if args.worker then
  worker(args, root)
  os.exit(0)
end

local mutants = load_mutants(args.mutants, root)
if args.check then
  print(string.format("mutate: %d mutants, data ok", #mutants))
  os.exit(0)
end

local only = {}
if args.only then
  for id in args.only:gmatch("[^,]+") do only[id] = true end
end
local chosen, todo = {}, {}
for _, m in ipairs(mutants) do
  local take = true
  if args.sample and not m.sample then take = false end
  if args.only and not only[m.id] then take = false end
  if args.filter and not m.id:find(args.filter) then take = false end
  if args.area and m.area ~= args.area then take = false end
  if take then
    chosen[#chosen + 1] = m
    if not m.equivalent then todo[#todo + 1] = m end
    only[m.id] = nil
  end
end
if args.only then
  for id in pairs(only) do die("no mutant %s", id) end
end
if args.sample then
  local n = 0
  for _, m in ipairs(chosen) do if not m.equivalent then n = n + 1 end end
  if n ~= 10 then die("%d sample mutants, want exactly 10", n) end
end
if #todo == 0 then die("no mutant selected") end

-- Fewer rebuilds: a worker's mutants are grouped by file; files are dealt
-- to the workers in turn, largest group first, onto the lightest worker.
local jobs = math.max(1, math.min(args.jobs or 2, #todo))
local groups, gorder = {}, {}
for _, m in ipairs(todo) do
  if groups[m.file] == nil then
    groups[m.file] = {}
    gorder[#gorder + 1] = m.file
  end
  table.insert(groups[m.file], m.id)
end
table.sort(gorder, function(x, y)
  if #groups[x] ~= #groups[y] then return #groups[x] > #groups[y] end
  return x < y
end)
local share = {}
for k = 1, jobs do share[k] = {} end
for _, f in ipairs(gorder) do
  local best = 1
  for k = 2, jobs do
    if #share[k] < #share[best] then best = k end
  end
  for _, id in ipairs(groups[f]) do table.insert(share[best], id) end
end

local t0 = os.time()
local pipes = {}
if not args.report then
  run("rm -f " .. sh_quote(args.scratch) .. "/w*.results")
end
if args.report then
  -- The last run's results, reported against the data as it is now.
  for _, f in ipairs(lines_of("ls " .. sh_quote(args.scratch) ..
      "/w*.results 2>/dev/null")) do
    pipes[#pipes + 1] = { res = f }
  end
  jobs = 0
else
  io.stderr:write(string.format("mutate: %d mutants (%d equivalent " ..
    "excluded), %d scratch copies under %s\n", #todo, #chosen - #todo,
    jobs, args.scratch))
end
for k = 1, jobs do
  local s = args.scratch .. "/w" .. k
  sync(root, s)
  local res = args.scratch .. "/w" .. k .. ".results"
  os.remove(res)
  local cmd = LUA .. " " .. sh_quote(arg[0]) .. " --worker " .. sh_quote(s)
    .. " --mutants " .. sh_quote(args.mutants)
    .. " --ids " .. sh_quote(table.concat(share[k], ","))
    .. " --results " .. sh_quote(res)
  pipes[k] = { p = assert(io.popen(cmd, "r")), res = res }
end
local workers_ok = true
for _, w in ipairs(pipes) do
  if w.p then
    w.p:read("a")
    if not w.p:close() then workers_ok = false end
  end
end

local res = {}
for _, w in ipairs(pipes) do
  for chunk in (readfile(w.res) or ""):gmatch("(.-)\n%-%-\n") do
    local r = load(chunk, "=results", "t", {})()
    res[r.id] = r
  end
end
local missing = 0
for _, m in ipairs(todo) do
  if res[m.id] == nil then missing = missing + 1 end
end

local text, tot = report(chosen, res, args.scratch .. "/report.md",
  args.sample and "pwabi mutation sample" or "pwabi mutation report")
io.write(text)
io.write(string.format("mutate: %d mutants in %d s; report %s\n", #todo,
  os.time() - t0, args.scratch .. "/report.md"))
if not workers_ok or (missing > 0 and not args.report) then
  die("a worker failed; %d mutant(s) without a result", missing)
end
if tot.error > 0 then os.exit(1) end
if args.sample and (tot.survived > 0 or tot.gate > 0) then
  io.stderr:write("mutate: a sample mutant survived\n")
  os.exit(1)
end
os.exit(0)
