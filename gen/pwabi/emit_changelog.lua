-- Across versions (gen/pwabi/changes.lua):
--   changelog.md   what changed from each version to the next, and the
--                  function x version compatibility matrix
-- and the same two as pages of the reference site (emit_site.lua).
local util = require("pwabi.util")
local doc = require("pwabi.doc")
local site = require("pwabi.emit_site")
local changes = require("pwabi.changes")

local M = {}

local function title(v)
  return ("%s (%s)"):format(v.abi.version, v.abi.title)
end

-- The matrix cell of a function in one version: its code, and its own
-- name where the version calls it otherwise; "-" when absent.
local function cell(r, v)
  local c = r.cells[v.abi.version]
  if not c then return "-" end
  return c.name == r.name and c.code or ("%s %s"):format(c.name, c.code)
end

-- Markdown --------------------------------------------------------------------

local function md_history(b, U)
  for _, h in ipairs(changes.history(U)) do
    b.line("")
    b.line("## %s -> %s", h.from.abi.version, title(h.to))
    b.line("")
    if #h.list == 0 then b.line("No change.") end
    if #h.list > 0 then
      b.line("| change | item | detail |")
      b.line("|---|---|---|")
    end
    for _, c in ipairs(h.list) do
      b.line("| %s | `%s` | %s |", c.kind, c.item,
        c.detail ~= "" and ("`" .. c.detail .. "`") or "")
    end
  end
end

local function md_matrix(b, U)
  local m = changes.matrix(U)
  local head, rule = { "function", "side" }, { "---", "---" }
  for _, v in ipairs(m.versions) do
    head[#head + 1] = v.abi.version
    rule[#rule + 1] = "---"
  end
  b.line("")
  b.line("## Compatibility")
  b.line("")
  b.line("Core signature of each function in each version (params `:`")
  b.line("results, i = i32, I = i64); `-`: the version does not have it.")
  b.line("")
  b.line("| %s |", table.concat(head, " | "))
  b.line("|%s|", table.concat(rule, "|"))
  for _, r in ipairs(m.rows) do
    local cells = { "`" .. r.name .. "`", r.side }
    for _, v in ipairs(m.versions) do cells[#cells + 1] = cell(r, v) end
    b.line("| %s |", table.concat(cells, " | "))
  end
end

function M.markdown(U)
  local b = util.buffer()
  b.line("<!-- %s -->", util.banner("", "", ""))
  b.line("# Changes between ABI versions")
  md_history(b, U)
  md_matrix(b, U)
  return b.text()
end

function M.files(U)
  return { ["changelog.md"] = M.markdown(U) }
end

-- Site pages ------------------------------------------------------------------

local function html_table(head, rows)
  local out = { "<table><thead><tr>" }
  for _, h in ipairs(head) do out[#out + 1] = "<th>" .. doc.escape(h) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>"
  for _, r in ipairs(rows) do
    out[#out + 1] = "<tr><td>" .. table.concat(r, "</td><td>") .. "</td></tr>"
  end
  out[#out + 1] = "</tbody></table>"
  return table.concat(out, "\n")
end

local function code(s) return "<code>" .. doc.escape(s) .. "</code>" end

local function item_link(v, c)
  local abi = v.abi
  local kind = abi.types_by_name[c.item] and "type"
    or abi.functions_by_name[c.item] and "fn"
  if not kind then return code(c.item) end
  return ('<a href="%s">%s</a>'):format(site.href(abi.version, kind, c.item),
    code(c.item))
end

local function changelog_page(U)
  local out = { "<h1>Changes between ABI versions</h1>" }
  for _, h in ipairs(changes.history(U)) do
    out[#out + 1] = ('<h2 id="%s">%s &rarr; %s</h2>'):format(
      doc.escape(h.to.abi.version), doc.escape(h.from.abi.version),
      doc.escape(title(h.to)))
    local rows = {}
    for _, c in ipairs(h.list) do
      rows[#rows + 1] = { doc.escape(c.kind), item_link(h.to, c),
        c.detail ~= "" and code(c.detail) or "" }
    end
    out[#out + 1] = #rows == 0 and "<p>No change.</p>"
      or html_table({ "change", "item", "detail" }, rows)
  end
  return site.page("changelog", "Changelog", table.concat(out, "\n"))
end

local function matrix_page(U)
  local m = changes.matrix(U)
  local head, rows = { "function", "side" }, {}
  for _, v in ipairs(m.versions) do head[#head + 1] = v.abi.version end
  for _, r in ipairs(m.rows) do
    local row = { code(r.name), r.side }
    for _, v in ipairs(m.versions) do
      local c = r.cells[v.abi.version]
      row[#row + 1] = c and ('<a href="%s">%s</a>'):format(
        site.href(v.abi.version, "fn", c.name), code(cell(r, v))) or "&ndash;"
    end
    rows[#rows + 1] = row
  end
  return site.page("compatibility", "Compatibility matrix",
    "<h1>Compatibility matrix</h1>\n<p>The core signature of each function "
    .. "in each version; &ndash; where the version does not have it.</p>\n"
    .. html_table(head, rows))
end

-- For generate.lua's SITE_PAGES.
function M.pages(abis, lows, U)
  return { changelog_page(U), matrix_page(U) }
end

return M
