-- The version registry: a new version is a folder in spec/ and a
-- regeneration, nothing else.  A throwaway version that extends v1alpha
-- with one rename goes from a scratch spec tree through the generator and
-- the Makefile to linked glue libraries, and the registry lists it.
local T = require("t")

local tests = {}

local ABI = [[
return {
  version = "vthrow", title = "A throwaway version", c_prefix = "pw_vt",
  extends = "v1alpha", marker = "proxy_abi_version_throwaway",
  rename = { proxy_log = "proxy_log_throwaway" },
  modules = {
    { name = "integration", side = "guest", guest_header = "list",
      doc = "Exports that declare the version.",
      functions = {
        { name = "proxy_abi_version_throwaway", doc = "The marker.",
          params = {}, results = {} },
      } },
  },
}
]]

local function sh_ok(cmd, what)
  local out, code = T.sh(cmd)
  T.eq(code, 0, what .. ": " .. out)
  return out
end

function tests.throwaway_version_links()
  local spec = T.scratch_spec()
  local tmp = spec .. ".out"
  os.execute(('mkdir -p "%s/vthrow"'):format(spec))
  T.write(spec .. "/vthrow/abi.lua", ABI)
  sh_ok(('lua5.4 "%s/gen/generate.lua" --spec "%s" --out "%s/gen"')
    :format(T.root, spec, tmp), "generate")
  T.ok(T.read(tmp .. "/gen/versions.mk"):find("PW_VERSIONS := v1alpha vthrow",
    1, true), "versions.mk lists the new version")
  sh_ok(('make -s -C "%s" GEN="%s/gen" BUILD="%s/build" '
    .. '"%s/build/libpwabi_v1alpha.a" "%s/build/libpwabi_vthrow.a"')
    :format(T.root, tmp, tmp, tmp, tmp), "make")
  local probe = tmp .. "/probe"
  sh_ok(('cc -std=c11 -I"%s/runtimes/core" -I"%s/gen" '
    .. '"%s/gen/tests/registry/probe.c" "%s/runtimes/core/versions.c" '
    .. '"%s/build/libpwabi_vthrow.a" "%s/build/libpwabi_v1alpha.a" -o "%s"')
    :format(T.root, tmp, T.root, T.root, tmp, tmp, probe), "link")
  local out = sh_ok(probe, "probe")
  os.execute(('rm -rf "%s" "%s"'):format(spec, tmp))
  T.ok(out:find("v1alpha marker= manifest=v1alpha/manifest.tsv imports=38 "
    .. "proxy_log\n", 1, true), "v1alpha row: " .. out)
  T.ok(out:find("vthrow marker=proxy_abi_version_throwaway "
    .. "manifest=vthrow/manifest.tsv imports=38 proxy_log_throwaway\n", 1,
    true), "vthrow row: " .. out)
end

return tests
