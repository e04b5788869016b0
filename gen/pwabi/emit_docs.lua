-- Documentation:
--   docs/witx.md          witx-compatible rendering (faithfulness proof)
--   docs/reference.md     the published reference, Markdown
--   docs/reference.html   the same content, HTML
-- The reference adds what the seed lacks: the lowered Wasm signature of
-- every function, cross-links, and semantics from semantics.lua with the
-- points where real hosts disagree.
local util = require("pwabi.util")
local lower = require("pwabi.lower")
local doc = require("pwabi.doc")
local witx = require("pwabi.emit_witx")

local M = {}

local CLASS_NOTE = {
  scalar = "value", enum = "value, checked", flags = "value, checked",
  bytes_in = "bytes in", out_scalar = "out-pointer", out_bytes = "bytes out",
}

local function tref(expr)
  return "`" .. expr .. "`"
end

local function wasm_of(L, a)
  local s = {}
  for i, w in ipairs(a.wasm) do s[i] = ("`%s: %s`"):format(a.names[i], w) end
  return table.concat(s, ", ")
end

local function status_rows(abi, s)
  local rows = {}
  for _, v in ipairs(abi.types_by_name.wasm_result.variants) do
    if s.status and s.status[v.name] then
      rows[#rows + 1] = { ("`%s` (%d)"):format(v.name, v.value), s.status[v.name] }
    end
  end
  return rows
end

local function host_notes(B, s)
  if not s.hosts then return end
  B[#B + 1] = { "p", "**Hosts disagree.**" }
  local items = {}
  for _, h in ipairs(s.hosts) do
    items[#items + 1] = ("%s: Envoy / proxy-wasm-cpp-host: %s Kong "
      .. "ngx_wasm_module: %s"):format(h.topic, h.ch, h.ngx)
  end
  B[#B + 1] = { "list", items }
end

local function function_blocks(abi, L, B)
  local f, s = L.spec, L.spec.sem or {}
  B[#B + 1] = { "h", 4, "`" .. f.name .. "`", "fn-" .. f.name }
  if s.summary then B[#B + 1] = { "p", s.summary } end
  local facts = {
    { L.side == "host" and "Import" or "Export",
      L.side == "host" and ("`%s.%s`"):format(L.module, f.name) or
        ("`%s`"):format(f.name) },
    { "Core Wasm", "`" .. lower.signature(L) .. "`" },
  }
  if s.callable then facts[#facts + 1] = { "Callable from", s.callable } end
  if s.order then facts[#facts + 1] = { "Called", s.order } end
  B[#B + 1] = { "table", { "", "" }, facts }
  if #L.args > 0 then
    local rows = {}
    for _, a in ipairs(L.args) do
      local p = a.param
      local meaning = s.params and s.params[p.name] or p.doc
      if a.len_param then
        meaning = meaning .. " `" .. a.len_param.name .. "`: " ..
          (s.params and s.params[a.len_param.name] or a.len_param.doc)
      end
      rows[#rows + 1] = { "`" .. p.name .. "`", tref(p.type),
        CLASS_NOTE[a.class] .. ": " .. wasm_of(L, a), meaning }
    end
    B[#B + 1] = { "table", { "Parameter", "Type", "Wasm", "Meaning" }, rows }
  end
  if L.result then
    local r = L.result.param
    B[#B + 1] = { "p", ("Result `%s`: %s. %s"):format(r.name, tref(r.type),
      s.result or "") }
  end
  local rows = status_rows(abi, s)
  if #rows > 0 then
    B[#B + 1] = { "table", { "Status", "When" }, rows }
  end
  if s.detail then doc.paragraphs(B, s.detail) end
  host_notes(B, s)
  if f.doc ~= "TODO(docs)" then
    B[#B + 1] = { "p", "Seed text: " .. f.doc:gsub("\n", " ") }
  end
  if f.c_signature then
    B[#B + 1] = { "code", f.c_signature .. (f.c_notes and "\n" .. f.c_notes or "") }
  end
end

local function type_blocks(abi, t, B)
  B[#B + 1] = { "h", 3, "`" .. t.name .. "`", "type-" .. t.name }
  doc.paragraphs(B, t.doc)
  local what = ({ enum = "Enum", flags = "Flags", builtin = "Alias of",
    handle = "Handle" })[t.kind]
  B[#B + 1] = { "p", ("%s `%s`, %d bytes, passed as one `%s`."):format(
    what, t.kind == "handle" and "u32" or t.repr, t.size,
    t.size == 8 and "i64" or "i32") }
  local list = t.variants or t.flags
  if list then
    local rows = {}
    for _, v in ipairs(list) do
      local note = v.doc:gsub("\n", " ")
      if v.erratum then note = note .. (" (erratum %s)"):format(v.erratum) end
      rows[#rows + 1] = { "`" .. v.name .. "`", ("0x%x"):format(v.value), note }
    end
    B[#B + 1] = { "table", { "Name", "Value", "Meaning" }, rows }
  end
end

local CONVENTIONS = {
  "Host functions are imported from module `env`; callbacks are plain "
    .. "exports (erratum E2).",
  "A `string` parameter is two `i32` values: guest address and length in "
    .. "bytes, no NUL terminator.",
  "A `ptr<T>` parameter is an `i32` guest address the host writes `T` "
    .. "through, little-endian, only when the call returns `ok`.",
  "A `ptr<ptr<char8>>` parameter with its length out-pointer returns bytes: "
    .. "the host obtains a buffer from the guest's allocator, copies the "
    .. "bytes, and writes the buffer's address and length.  Zero bytes write "
    .. "address 0 and length 0 without allocating.  The guest owns the buffer.",
  "Every pointer and length is checked before any host work: a range past "
    .. "the end of memory or wrapping past 2^32 gives "
    .. "`invalid_memory_access`; an enum value outside its type gives "
    .. "`bad_argument`.",
  "Header maps travel as *pairs*: a u32 count N, then N pairs of u32 key "
    .. "length and u32 value length, then each key and value followed by one "
    .. "NUL byte.  Lengths exclude the NUL; all integers little-endian.",
}

local function build(abi, low)
  local B = {}
  B[#B + 1] = { "h", 1, abi.title .. " reference", "top" }
  B[#B + 1] = { "p", ("Generated by pwabi from `spec/%s`.  Do not edit; run "
    .. "`make generate`."):format(abi.version) }
  if abi.provenance then
    local pv = abi.provenance
    B[#B + 1] = { "p", ("Transcribed from `%s` at %s (%s, %s).  %s"):format(
      pv.path or "?", pv.repository or "?", pv.commit or "?", pv.date or "?",
      (pv.note or ""):gsub("\n", " ")) }
  end
  B[#B + 1] = { "h", 2, "Conventions", "conventions" }
  B[#B + 1] = { "list", CONVENTIONS }
  if #abi.errata > 0 then
    B[#B + 1] = { "h", 2, "Errata of the source", "errata" }
    for _, e in ipairs(abi.errata) do
      B[#B + 1] = { "h", 3, e.id .. ": " .. e.summary, "erratum-" .. e.id }
      doc.paragraphs(B, e.detail)
      B[#B + 1] = { "p", "Resolution: " .. e.resolution }
    end
  end
  B[#B + 1] = { "h", 2, "Types", "types" }
  for _, t in ipairs(abi.types) do type_blocks(abi, t, B) end
  for _, m in ipairs(abi.modules) do
    local title = m.side == "host" and "Host functions" or "Callbacks"
    B[#B + 1] = { "h", 2, ("%s (`%s`)"):format(title, m.name), "mod-" .. m.name }
    B[#B + 1] = { "p", m.doc }
    local group
    for _, L in ipairs(low[m.side]) do
      if L.spec.module == m then
        if L.spec.group and L.spec.group ~= group then
          group = L.spec.group
          B[#B + 1] = { "h", 3, group:gsub("%.$", "") }
        end
        function_blocks(abi, L, B)
      end
    end
  end
  return B
end

local function linker(abi)
  return function(name)
    if abi.types_by_name[name] then return "type-" .. name end
    if abi.functions_by_name[name] then return "fn-" .. name end
  end
end

function M.files(abi, low)
  local B = build(abi, low)
  local link = linker(abi)
  return {
    ["docs/witx.md"] = witx.render(abi, util),
    ["docs/reference.md"] = "<!-- " .. util.banner("", abi.version) .. " -->\n"
      .. doc.markdown(B, link),
    ["docs/reference.html"] = doc.html(abi.title .. " reference", B, link),
  }
end

return M
