-- Witx-compatible Markdown: the layout of the witx 0.6 doc renderer plus the
-- hand-made table of contents of the seed.  Run on v1alpha it reproduces
-- spec/v1alpha/source.md byte for byte, except for errata fixed on purpose
-- (E1: the TOC lists every function).  That equality is the proof that the
-- transcription is faithful.  No banner: the output must equal the source.
local M = {}

local function pointer_name(expr)
  local inner = expr:match("^ptr<(.+)>$")
  if inner then return "Pointer<" .. pointer_name(inner) .. ">" end
  return expr
end

local function toc(abi, b)
  b.line("# Table of contents")
  b.line("")
  b.line("* [Types](#types)")
  for _, t in ipairs(abi.types) do
    b.line("    * [`%s`](#%s)", t.name, t.name)
  end
  b.line("* [Modules](#modules)")
  for _, m in ipairs(abi.modules) do
    b.line("  * [`%s`](#%s) - %s", m.name, m.name, m.doc)
    for _, f in ipairs(m.functions) do
      b.line("    * [`%s`](#%s)", f.name, f.name)
    end
  end
  b.line("")
end

local function type_section(t, b)
  b.line("## `%s`", t.name)
  b.line("%s", t.doc)
  b.line("")
  if t.kind == "builtin" then
    b.line("Builtin type %s", t.repr)
    return
  elseif t.kind == "handle" then
    b.line("### Handle supertypes:")
    b.line("")
    b.line("")
    return
  end
  b.line("%s represented by `%s`", t.kind == "enum" and "Enum" or "Flags", t.repr)
  b.line("")
  b.line(t.kind == "enum" and "### Variants:" or "### Flags:")
  for _, v in ipairs(t.variants or t.flags) do
    b.line("#### `%s`", v.name)
    b.line("%s", v.doc)
    b.line("")
  end
  b.line("")
end

local function items(list, b)
  for i, p in ipairs(list) do
    if i > 1 then b.line("") end
    b.line("##### `%s`", p.name)
    b.line("`%s` has type `%s`", p.name, pointer_name(p.type))
    b.line("%s", p.doc)
  end
end

local function func_section(f, group, b)
  b.line("### %s", f.name)
  if f.group and f.group ~= group then b.line("%s", f.group) end
  if f.c_signature then b.line("%s", f.c_signature) end
  if f.c_notes then b.line("%s", f.c_notes) end
  b.line("%s", f.doc)
  b.line("")
  b.line("#### Parameters:")
  items(f.params, b)
  b.line("#### Results:")
  items(f.results, b)
end

function M.render(abi, util)
  local b = util.buffer()
  toc(abi, b)
  b.line("# Types")
  for _, t in ipairs(abi.types) do type_section(t, b) end
  b.line("")
  b.line("# Modules")
  for mi, m in ipairs(abi.modules) do
    if mi > 1 then b.line("") end
    b.line("## `%s`", m.name)
    b.line("### Imports")
    for _, im in ipairs(m.imports or {}) do
      b.line("* %s: %s", im.name, im.kind)
    end
    b.line("### Functions")
    local group
    for fi, f in ipairs(m.functions) do
      if fi > 1 then b.line("") end
      func_section(f, group, b)
      group = f.group
    end
  end
  return b.text()
end

return M
