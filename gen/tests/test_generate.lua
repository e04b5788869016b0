-- The driver: deterministic output, the freshness gate, and C strings that
-- a real C compiler reads back byte for byte.
local T = require("t")

local GEN = ('lua5.4 "%s/gen/generate.lua"'):format(T.root)

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  os.execute(('mkdir -p "%s"'):format(d))
  return d
end

local tests = {}

function tests.deterministic()
  -- Separate processes: Lua seeds its string hashes per run.
  local a, b = tmpdir(), tmpdir()
  local _, ca = T.sh(('%s --out "%s"'):format(GEN, a))
  local _, cb = T.sh(('%s --out "%s"'):format(GEN, b))
  T.eq(ca, 0, "first run")
  T.eq(cb, 0, "second run")
  local out, code = T.sh(('diff -r "%s" "%s"'):format(a, b))
  os.execute(('rm -rf "%s" "%s"'):format(a, b))
  T.eq(code, 0, "outputs differ: " .. out)
end

function tests.committed_output_is_current()
  local out, code = T.sh(GEN .. " --check")
  T.eq(code, 0, out)
end

-- Generated C (host glue, guest header, .def files) stays within 80
-- columns.
function tests.c_within_80_columns()
  local out = T.sh(('find "%s/generated" -name "*.[ch]" -o -name "*.def"')
    :format(T.root))
  local n = 0
  for path in out:gmatch("[^\n]+") do
    n = n + 1
    local k = 0
    for line in T.read(path):gmatch("[^\n]*") do
      k = k + 1
      T.ok(#line <= 80, ("%s:%d: %d columns"):format(path, k, #line))
    end
  end
  T.ok(n >= 5, "no generated C found")
end

function tests.gate_reports_drift()
  local d = tmpdir()
  T.sh(('%s --out "%s"'):format(GEN, d))
  local f = d .. "/v1alpha/pw_v1a_host.c"
  T.write(f, T.read(f) .. "/* edited */\n")
  T.write(d .. "/v1alpha/old.txt", "stale\n")
  os.remove(d .. "/v1alpha/manifest.tsv")
  local out, code = T.sh(('%s --check --out "%s"'):format(GEN, d))
  os.execute(('rm -rf "%s"'):format(d))
  T.eq(code, 1, "exit status")
  T.ok(out:find("differs: v1alpha/pw_v1a_host.c", 1, true), out)
  T.ok(out:find("stale: v1alpha/old.txt", 1, true), out)
  T.ok(out:find("missing: v1alpha/manifest.tsv", 1, true), out)
  T.ok(out:find("make generate", 1, true), out)
end

function tests.c_strings_round_trip()
  local util = require("pwabi.util")
  local samples = { "", "env", 'a"b', "\\", "\n\t\r", "\0\1\127\128\255",
    "??=??/", "\0" .. "12", "tab\tend" }
  local d = tmpdir()
  local src = { "#include <stdio.h>", "static const struct { const char *s;"
    .. " unsigned n; } v[] = {" }
  for _, s in ipairs(samples) do
    src[#src + 1] = ("  {%s, %d},"):format(util.c_string(s), #s)
  end
  src[#src + 1] = "};"
  src[#src + 1] = "int main(void) { for (unsigned i = 0; i < sizeof v / "
    .. "sizeof v[0]; i++) { fwrite(v[i].s, 1, v[i].n, stdout); "
    .. "putchar('|'); } return 0; }"
  T.write(d .. "/s.c", table.concat(src, "\n") .. "\n")
  local out, code = T.sh(('cc -std=c11 -Wall -Werror -o "%s/s" "%s/s.c" && '
    .. '"%s/s"'):format(d, d, d))
  os.execute(('rm -rf "%s"'):format(d))
  T.eq(code, 0, out)
  T.eq(out, table.concat(samples, "|") .. "|", "bytes read back")
end

return tests
