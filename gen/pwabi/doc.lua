-- A small document model rendered to Markdown and to HTML, so both outputs
-- carry the same content and anchors.
--   { "h", level, text, id }     heading with anchor
--   { "p", text }                paragraph (inline markup, see below)
--   { "code", text }             preformatted block
--   { "table", head, rows }      head and rows are lists of inline text
--   { "list", items }            bullet list of inline text
-- Inline markup: `code` and [text](#anchor).  A `name` in backquotes that
-- names a type or function becomes a link (see M.linker).
local M = {}

local function md_inline(s, link)
  return (s:gsub("`([^`]+)`", function(c)
    local id = link and link(c)
    if id then return ("[`%s`](#%s)"):format(c, id) end
    return "`" .. c .. "`"
  end))
end

local function md_cell(s, link)
  return md_inline(s, link):gsub("\n", " "):gsub("|", "\\|")
end

function M.markdown(blocks, link)
  local out = {}
  local function add(s) out[#out + 1] = s end
  for _, b in ipairs(blocks) do
    local k = b[1]
    if k == "h" then
      if b[4] then add(('<a id="%s"></a>\n'):format(b[4])) end
      add(("%s %s\n\n"):format(("#"):rep(b[2]), b[3]))
    elseif k == "p" then
      add(md_inline(b[2], link) .. "\n\n")
    elseif k == "code" then
      add("```\n" .. b[2] .. "\n```\n\n")
    elseif k == "list" then
      for _, it in ipairs(b[2]) do
        add("- " .. md_inline(it:gsub("\n", " "), link) .. "\n")
      end
      add("\n")
    elseif k == "table" then
      local h = {}
      for i, c in ipairs(b[2]) do h[i] = md_cell(c, link) end
      add("| " .. table.concat(h, " | ") .. " |\n")
      add(("|---"):rep(#h) .. "|\n")
      for _, row in ipairs(b[3]) do
        local r = {}
        for i, c in ipairs(row) do r[i] = md_cell(c, link) end
        add("| " .. table.concat(r, " | ") .. " |\n")
      end
      add("\n")
    end
  end
  return (table.concat(out):gsub("\n+$", "\n"))
end

local HTML_ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
  ['"'] = "&quot;" }
local function esc(s) return (s:gsub('[&<>"]', HTML_ESC)) end

local function html_inline(s, link)
  s = esc(s)
  s = s:gsub("%[([^%]]+)%]%(#([%w_%-%.]+)%)", '<a href="#%2">%1</a>')
  return (s:gsub("`([^`]+)`", function(c)
    local id = link and link(c)
    if id then return ('<a href="#%s"><code>%s</code></a>'):format(id, c) end
    return "<code>" .. c .. "</code>"
  end))
end

local CSS = [[
body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;
line-height:1.45}
code,pre{font-family:monospace;background:#f4f4f4}
pre{padding:.6em;overflow-x:auto}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;
text-align:left}
]]

function M.html(title, blocks, link)
  local out = { "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n",
    '<meta charset="utf-8">\n', "<title>", esc(title), "</title>\n",
    "<style>\n", CSS, "</style>\n</head>\n<body>\n" }
  local function add(s) out[#out + 1] = s end
  for _, b in ipairs(blocks) do
    local k = b[1]
    if k == "h" then
      local id = b[4] and (' id="%s"'):format(b[4]) or ""
      add(("<h%d%s>%s</h%d>\n"):format(b[2], id, html_inline(b[3], nil), b[2]))
    elseif k == "p" then
      add("<p>" .. html_inline(b[2], link) .. "</p>\n")
    elseif k == "code" then
      add("<pre>" .. esc(b[2]) .. "</pre>\n")
    elseif k == "list" then
      add("<ul>\n")
      for _, it in ipairs(b[2]) do
        add("<li>" .. html_inline(it:gsub("\n", " "), link) .. "</li>\n")
      end
      add("</ul>\n")
    elseif k == "table" then
      add("<table>\n<tr>")
      for _, c in ipairs(b[2]) do add("<th>" .. html_inline(c, link) .. "</th>") end
      add("</tr>\n")
      for _, row in ipairs(b[3]) do
        add("<tr>")
        for _, c in ipairs(row) do add("<td>" .. html_inline(c, link) .. "</td>") end
        add("</tr>\n")
      end
      add("</table>\n")
    end
  end
  add("</body>\n</html>\n")
  return table.concat(out)
end

-- Paragraph blocks from text with blank-line breaks.
function M.paragraphs(blocks, text)
  for para in (text .. "\n\n"):gmatch("(.-)\n%s*\n") do
    if para:match("%S") then blocks[#blocks + 1] = { "p", para } end
  end
end

return M
