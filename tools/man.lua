-- man.lua PWABI > pwabi.1: the man page pwabi(1), rendered from the
-- binary's own `--help` and each command's `<command> --help`, so the
-- usage text is written once (in the C sources) and the two cannot drift
-- (tools/test_install.sh regenerates it and compares).
--
-- A line "words:" at column 0 starts a section; every other line is kept
-- as it is (no-fill), escaped for roff.
local pwabi = assert(arg[1], "usage: man.lua PWABI")

-- The output of `pwabi ARGS`, nil when it fails (a command without
-- --help).
local function help(args)
  local p = assert(io.popen(pwabi .. " " .. args .. " 2>/dev/null"))
  local text = p:read("a")
  return p:close() and text or nil
end

local function esc(line)
  line = line:gsub("\\", "\\e"):gsub("%-", "\\-")
  return line:match("^[.']") and "\\&" .. line or line
end

local out = {}
local function put(s) out[#out + 1] = s end

local function section(title)
  put(".fi")
  put('.SH "' .. title:upper() .. '"')
  put(".nf")
end

local function render(text, title)
  section(title)
  for line in text:gmatch("([^\n]*)\n") do
    local head = line:match("^(%S[^:]*):$")
    if head then section(head) else put(esc(line)) end
  end
end

local main = assert(help("--help"), pwabi .. " --help failed")
local version = (help("version") or ""):match("^pwabi (%S+)") or ""
put('.TH PWABI 1 "" "pwabi ' .. version .. '" "pwabi"')
put(".SH NAME")
put("pwabi \\- run Proxy\\-Wasm modules under a host, certify hosts")
render(main, "synopsis")
for cmd in main:gmatch("pwabi (%l+)") do
  local text = cmd ~= "run" and help(cmd .. " --help")
  if text then render(text, "pwabi " .. cmd) end
end
put(".fi")
io.write(table.concat(out, "\n"), "\n")
