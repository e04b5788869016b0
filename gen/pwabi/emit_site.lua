-- The reference site, one for all versions, under docs/ of generated/:
--   docs/index.html      what pwabi is, the versions, the other pages
--   docs/<version>.html  one page per version: conventions, errata, every
--                        type and every function as an anchored section,
--                        with a navigation list of all of them
--   docs/<page>.html     pages other emitters contribute (M.page)
--   docs/style.css       the one stylesheet
-- Plain HTML and CSS, no script; every link is relative, so the site reads
-- from file:// as well as from a server.
--
-- Other emitters add pages (a compatibility matrix, a changelog between
-- versions): they return a list of M.page(name, title, body_html), which
-- generate.lua hands to M.files.  The page gets the site's layout and
-- navigation; its body links to items with M.href and renders spec text
-- with doc.inline / doc.blocks and M.code_href.
local util = require("pwabi.util")
local lower = require("pwabi.lower")
local doc = require("pwabi.doc")

local M = {}

local esc, inline = doc.escape, doc.inline

-- Names and links ---------------------------------------------------------

local RESERVED = { index = true, style = true }

-- The file of a version's page, relative to docs/.
local function version_file(version) return version .. ".html" end

-- The anchor of an item on its version's page: kind "type" or "fn".
local function anchor(kind, name) return kind .. "-" .. name end

-- Link to an item from any page of the site (all pages live in docs/).
function M.href(version, kind, name)
  return version_file(version) .. "#" .. anchor(kind, name)
end

-- A code_href for doc.inline: a code span naming a type or function of
-- abi (also `fn(args)` and `type.variant`) links to its section.
-- from_file: the page the links are written on (local anchors on abi's own
-- page).
function M.code_href(abi, from_file)
  local base = from_file == version_file(abi.version) and ""
    or version_file(abi.version)
  return function(span)
    local name = span:match("^([%w_]+)%(.*%)$") or span
    if abi.functions_by_name[name] then return base .. "#" .. anchor("fn", name) end
    name = span:match("^([%w_]+)%.[%w_]+$") or span
    if abi.types_by_name[name] then return base .. "#" .. anchor("type", name) end
  end
end

-- A page contributed by another emitter.  name: the file name without
-- ".html", lower case; body: HTML (escape text with doc.escape).
function M.page(name, title, body)
  if type(name) ~= "string" or not name:match("^[a-z][a-z0-9_-]*$") then
    error(("site page: bad name %s"):format(tostring(name)))
  end
  if type(title) ~= "string" or not title:match("%S") then
    error(("site page %s: no title"):format(name))
  end
  if type(body) ~= "string" then
    error(("site page %s: body is not a string"):format(name))
  end
  return { name = name, file = name .. ".html", title = title, body = body }
end

-- HTML pieces -------------------------------------------------------------

-- An output buffer with the page's ids: b.id(x) returns ` id="x"` and
-- fails on a second use, so no page can carry a duplicate id.
local function buffer(where)
  local parts, n, ids = {}, 0, {}
  local b = {}
  function b.add(...)
    for i = 1, select("#", ...) do
      n = n + 1
      parts[n] = (select(i, ...))
    end
  end
  function b.id(x)
    if ids[x] then error(("%s: duplicate id '%s'"):format(where, x)) end
    ids[x] = true
    return (' id="%s"'):format(esc(x))
  end
  function b.text() return table.concat(parts) end
  return b
end

local function link(href, html, class)
  return ('<a href="%s"%s>%s</a>'):format(esc(href),
    class and (' class="%s"'):format(class) or "", html)
end

local function code(s) return "<code>" .. esc(s) .. "</code>" end

-- A table: head is a list of header cells, rows lists of cells (HTML).
local function table_html(b, head, rows, class)
  local out = { class and ('<table class="%s">\n'):format(class) or "<table>\n",
    "<thead><tr><th>", table.concat(head, "</th><th>"),
    "</th></tr></thead>\n<tbody>\n" }
  for _, r in ipairs(rows) do
    out[#out + 1] = "<tr><td>" .. table.concat(r, "</td><td>") .. "</td></tr>\n"
  end
  out[#out + 1] = "</tbody>\n</table>\n"
  b.add(table.concat(out))
end

-- A definition list of { term, HTML } pairs.
local function facts_html(b, facts)
  local out = { '<dl class="facts">\n' }
  for _, f in ipairs(facts) do
    out[#out + 1] = "<dt>" .. f[1] .. "</dt><dd>" .. f[2] .. "</dd>\n"
  end
  out[#out + 1] = "</dl>\n"
  b.add(table.concat(out))
end

-- A type expression with each named type linked to its section.
local function type_expr(abi, expr)
  local out, i = {}, 1
  for s, word, e in expr:gmatch("()([%a_][%w_]*)()") do
    out[#out + 1] = esc(expr:sub(i, s - 1))
    out[#out + 1] = abi.types_by_name[word]
      and link("#" .. anchor("type", word), esc(word)) or esc(word)
    i = e
  end
  out[#out + 1] = esc(expr:sub(i))
  return table.concat(out)
end

-- Navigation and layout ---------------------------------------------------

-- Functions of a module in the spec's groups: { title, slug, fns }, groups
-- in order of first appearance (an extending version may append to a
-- group), functions in spec order.
local function groups(m)
  local list, by = {}, {}
  for _, f in ipairs(m.functions) do
    local title = f.group and f.group:gsub("%.$", "") or "Other"
    local g = by[title]
    if not g then
      local slug = title:lower():gsub("[^%w]+", "-"):gsub("^-", ""):gsub("-$", "")
      g = { title = title, slug = slug, fns = {} }
      by[title], list[#list + 1] = g, g
    end
    g.fns[#g.fns + 1] = f
  end
  return list
end

local function module_title(m)
  return m.side == "host" and "Host functions" or "Callbacks"
end

-- The contributed pages as a list of links.
local function pages_list(site)
  local out = { "<ul>\n" }
  for _, p in ipairs(site.pages) do
    out[#out + 1] = "<li>" .. link(p.file, esc(p.title)) .. "</li>\n"
  end
  return table.concat(out) .. "</ul>\n"
end

-- The site-wide part of the navigation: home, versions, extra pages.
local function nav_site(b, site, current)
  b.add('<p class="brand">', link("index.html", "pwabi"),
    ' <span>Proxy-Wasm ABI reference</span></p>\n')
  b.add('<p class="nav-h">Versions</p>\n<ul class="versions">\n')
  for _, abi in ipairs(site.abis) do
    local f = version_file(abi.version)
    b.add("<li>", f == current and ('<a href="%s" aria-current="page">%s</a>')
      :format(f, esc(abi.version)) or link(f, esc(abi.version)), "</li>\n")
  end
  b.add("</ul>\n")
  if #site.pages > 0 then
    b.add('<p class="nav-h">More</p>\n', pages_list(site))
  end
end

-- The navigation of a version page: every type and every function.
local function nav_version(b, abi)
  b.add('<p class="nav-h">', link("#top", esc(abi.version)), "</p>\n<ul>\n",
    "<li>", link("#conventions", "Conventions"), "</li>\n")
  if #abi.errata > 0 then b.add("<li>", link("#errata", "Errata"), "</li>\n") end
  b.add("</ul>\n")
  b.add('<p class="nav-h">', link("#types", "Types"), '</p>\n<ul class="items">\n')
  for _, t in ipairs(abi.types) do
    b.add("<li>", link("#" .. anchor("type", t.name), code(t.name)), "</li>\n")
  end
  b.add("</ul>\n")
  for _, m in ipairs(abi.modules) do
    b.add('<p class="nav-h">', link("#mod-" .. m.name, esc(module_title(m))),
      "</p>\n")
    for _, g in ipairs(groups(m)) do
      b.add('<p class="nav-g">', link(("#grp-%s-%s"):format(m.name, g.slug),
        esc(g.title)), '</p>\n<ul class="items">\n')
      for _, f in ipairs(g.fns) do
        b.add("<li>", link("#" .. anchor("fn", f.name), code(f.name)), "</li>\n")
      end
      b.add("</ul>\n")
    end
  end
  if abi.wasi then
    b.add('<p class="nav-h">', link("#wasi", "WASI preview 1"), "</p>\n")
  end
end

-- A whole page: nav(b) writes the navigation, main the content.
local function layout(site, file, title, banner_version, nav, main)
  local b = buffer(file)
  b.add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n",
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    "<!-- ", esc(util.banner("", banner_version)), " -->\n",
    "<title>", esc(title), "</title>\n",
    '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n',
    '<nav class="side" aria-label="Site">\n')
  nav_site(b, site, file)
  if nav then nav(b) end
  b.add("</nav>\n<main", b.id("top"), ">\n")
  main(b)
  b.add("</main>\n</body>\n</html>\n")
  return b.text()
end

-- Version pages -----------------------------------------------------------

local CLASS_KIND = {
  scalar = "value", enum = "value, checked", flags = "value, checked",
  bytes_in = "bytes in", out_scalar = "out-pointer", out_bytes = "bytes out",
}

-- "In other versions": the same item where it exists, else the version's
-- page.
local function switcher(b, site, abi, kind, name)
  if #site.abis < 2 then return end
  local links = {}
  for _, other in ipairs(site.abis) do
    if other ~= abi then
      local has = (kind == "fn" and other.functions_by_name or
        other.types_by_name)[name]
      links[#links + 1] = has and link(M.href(other.version, kind, name),
          esc(other.version))
        or link(version_file(other.version), esc(other.version) .. " (absent)",
          "absent")
    end
  end
  b.add('<p class="switch">In other versions: ', table.concat(links, " · "),
    "</p>\n")
end

-- The C-like signature: spec types, ptr<T> as T *, one line or one line
-- per parameter.
local function signature(b, abi, f)
  local function decl(p)
    local expr, stars = p.type, ""
    while expr:match("^ptr<.*>$") do expr, stars = expr:sub(5, -2), stars .. "*" end
    local sep = stars == "" and " " or " " .. stars
    return type_expr(abi, expr) .. sep .. esc(p.name), #expr + #sep + #p.name
  end
  local ret = f.results[1] and type_expr(abi, f.results[1].type) or "void"
  local width = #(f.results[1] and f.results[1].type or "void") + #f.name + 3
  local ps = {}
  for i, p in ipairs(f.params) do
    local html, n = decl(p)
    ps[i], width = html, width + n + 2
  end
  local head = ret .. " " .. esc(f.name) .. "("
  local body = width <= 76 and table.concat(ps, ", ")
    or (#ps > 0 and "\n    " .. table.concat(ps, ",\n    ") .. "\n" or "")
  b.add('<pre class="sig">', head, body, ");</pre>\n")
end

local function params_table(b, abi, f, s, href)
  if #f.params == 0 then return end
  local rows = {}
  for _, p in ipairs(f.params) do
    local meaning = s and s.params[p.name] or p.doc
    local t = "<code>" .. type_expr(abi, p.type) .. "</code>"
    if p.encoding then t = t .. " (" .. esc(p.encoding) .. "-encoded)" end
    rows[#rows + 1] = { code(p.name), t, p.dir or "in", inline(meaning, href) }
  end
  b.add("<h5>Parameters</h5>\n")
  table_html(b, { "Name", "Type", "Direction", "Meaning" }, rows)
end

-- The lowering, argument by argument: the rows tools decode raw calls
-- with (the signature itself is among the function's facts).
local function lowering(b, L)
  local rows, res = lower.rows(L)
  if #rows == 0 and not res then return end
  b.add("<h5>Lowered to core Wasm</h5>\n")
  local out = {}
  for i, r in ipairs(rows) do
    local a, vals = L.args[i], {}
    for k, w in ipairs(a.wasm) do vals[k] = code(a.names[k] .. ": " .. w) end
    local class = CLASS_KIND[a.class] or error(("%s.%s: no words for "
      .. "argument class %s"):format(L.name, r.name, tostring(a.class)))
    out[i] = { code(r.name), esc(class), code(r.kind),
      table.concat(vals, " "), r.size > 0 and tostring(r.size) or "",
      code(r.type), r.len and code(r.len) or "" }
  end
  if res then
    out[#out + 1] = { code(res.name) .. " (result)", "value", code(res.kind),
      code(L.wasm_results[1]), "", code(res.type), "" }
  end
  table_html(b, { "Argument", "Class", "Kind", "Wasm values", "Size", "Type",
    "Len" }, out, "lowered")
end

local function statuses(b, abi, s, href)
  if not (s and s.status) then return end
  local rows = {}
  for _, v in ipairs(abi.types_by_name.wasm_result.variants) do
    if s.status[v.name] then
      rows[#rows + 1] = { link("#" .. anchor("type", "wasm_result"), code(v.name)),
        tostring(v.value), inline(s.status[v.name], href) }
    end
  end
  b.add("<h5>Statuses it may return</h5>\n")
  table_html(b, { "Status", "Value", "When" }, rows)
end

local function host_notes(b, s, href)
  if not (s and s.hosts) then return end
  local rows = {}
  for i, h in ipairs(s.hosts) do
    rows[i] = { inline(h.topic, href), inline(h.ch, href), inline(h.ngx, href) }
  end
  b.add('<h5 class="disagree">Where hosts disagree</h5>\n')
  table_html(b, { "Topic", "Envoy (proxy-wasm-cpp-host)",
    "Kong (ngx_wasm_module)" }, rows, "hosts")
end

local function function_section(b, site, abi, L, href)
  local f, s = L.spec, L.spec.sem
  b.add('<section class="item fn ', f.side, '"', b.id(anchor("fn", f.name)),
    ">\n",
    '<h4>', code(f.name), ' <span class="kind">',
    f.side == "host" and "host function" or "callback", "</span></h4>\n")
  if s then b.add('<p class="summary">', inline(s.summary, href), "</p>\n") end
  switcher(b, site, abi, "fn", f.name)
  signature(b, abi, f)
  local facts = {
    f.side == "host" and { "Imported from", code(L.module .. "." .. f.name) }
      or { "Exported as", code(f.name) },
    { "Core Wasm", code(lower.signature(L)) .. " (code " ..
      code(lower.code(L)) .. ")" },
  }
  if s and s.callable then facts[#facts + 1] = { "Callable from", inline(s.callable, href) } end
  if s and s.order then facts[#facts + 1] = { "Called", inline(s.order, href) } end
  if f.erratum then
    facts[#facts + 1] = { "Erratum", link("#erratum-" .. f.erratum, esc(f.erratum)) }
  end
  facts_html(b, facts)
  params_table(b, abi, f, s, href)
  if L.result then
    local r = L.result.param
    b.add("<h5>Result</h5>\n<p>", code(r.name), ": <code>",
      type_expr(abi, r.type), "</code>. ",
      inline(s and s.result or r.doc, href), "</p>\n")
  end
  if s and s.detail then
    b.add("<h5>Semantics</h5>\n", doc.blocks(s.detail, href))
  end
  statuses(b, abi, s, href)
  host_notes(b, s, href)
  lowering(b, L)
  if f.doc ~= "TODO(docs)" or f.c_signature then
    b.add('<h5>From the source document</h5>\n')
    if f.doc ~= "TODO(docs)" then b.add(doc.blocks(f.doc, href)) end
    if f.c_signature then
      b.add('<pre class="seed">', esc(f.c_signature ..
        (f.c_notes and "\n" .. f.c_notes or "")), "</pre>\n")
    end
  end
  b.add("</section>\n")
end

local KIND_WORD = { enum = "Enum", flags = "Flags", builtin = "Alias of",
  handle = "Handle" }

local function type_section(b, site, abi, t, used_by, href)
  b.add('<section class="item type"', b.id(anchor("type", t.name)), ">\n",
    "<h3>", code(t.name), ' <span class="kind">', esc(t.kind), "</span></h3>\n")
  b.add(doc.blocks(t.doc, href))
  switcher(b, site, abi, "type", t.name)
  b.add(("<p>%s %s, %d bytes, passed as one %s.</p>\n"):format(
    KIND_WORD[t.kind], code(t.kind == "handle" and "u32" or t.repr), t.size,
    code(t.size == 8 and "i64" or "i32")))
  local list = t.variants or t.flags
  if list then
    local rows = {}
    for i, v in ipairs(list) do
      local note = inline(v.doc, href)
      if v.erratum then
        note = note .. " (" .. link("#erratum-" .. v.erratum, "erratum " ..
          esc(v.erratum)) .. ")"
      end
      rows[i] = { code(v.name), code(("0x%x"):format(v.value)), note }
    end
    table_html(b, { "Name", "Value", "Meaning" }, rows)
  end
  local users = used_by[t.name]
  if users then
    local links = {}
    for i, name in ipairs(users) do
      links[i] = link("#" .. anchor("fn", name), code(name))
    end
    b.add('<p class="used">Used by: ', table.concat(links, ", "), "</p>\n")
  end
  b.add("</section>\n")
end

-- Functions using each type (in a parameter or result), in spec order.
local function uses(abi)
  local by = {}
  for _, f in ipairs(abi.functions) do
    local seen = {}
    for _, k in ipairs({ "params", "results" }) do
      for _, p in ipairs(f[k]) do
        local name = p.type:match("([%w_]+)>*$")
        if abi.types_by_name[name] and not seen[name] then
          seen[name] = true
          by[name] = by[name] or {}
          table.insert(by[name], f.name)
        end
      end
    end
  end
  return by
end

-- Rules every version shares, worded from its data.
local function conventions(abi)
  local host
  for _, m in ipairs(abi.modules) do
    if m.side == "host" then host = host or m.wasm_module end
  end
  return {
    host and ("Host functions are imported from module `%s`; callbacks are "
      .. "plain exports of the guest module."):format(host)
      or "Callbacks are plain exports of the guest module.",
    "A `string` parameter is two `i32` values: guest address and length in "
      .. "bytes, no NUL terminator.  Address 0 with length 0 is the empty "
      .. "string.",
    "A `ptr<T>` parameter is an `i32` guest address the host writes `T` "
      .. "through, little-endian, only when the call returns `ok`.",
    "A `ptr<ptr<char8>>` parameter with its length out-pointer returns "
      .. "bytes: the host obtains a buffer from the guest's allocator, copies "
      .. "the bytes, and writes the buffer's address and length.  Zero bytes "
      .. "write address 0 and length 0 without allocating.  The guest owns "
      .. "the buffer.",
    "Every pointer and length is checked before any host work: a range past "
      .. "the end of memory or wrapping past 2^32 gives "
      .. "`invalid_memory_access`; an enum value outside its type gives "
      .. "`bad_argument`.",
    "Header maps travel as *pairs*: a u32 count N, then N pairs of u32 key "
      .. "length and u32 value length, then each key and value followed by "
      .. "one NUL byte.  Lengths exclude the NUL; all integers little-endian.",
    "In *Where hosts disagree*, Envoy means proxy-wasm-cpp-host with Envoy "
      .. "on top, and Kong means Kong's ngx_wasm_module.  Where Envoy returns "
      .. "a status for misuse, Kong usually traps; that difference is not "
      .. "repeated per function.",
  }
end

local function version_intro(b, abi, href)
  b.add("<h1>", esc(abi.title), "</h1>\n")
  b.add("<p>Version ", code(abi.version), ", generated from ",
    code("spec/" .. abi.version), abi.extends and (", extending " ..
      link(version_file(abi.extends), esc(abi.extends))) or "", ".</p>\n")
  local pv = abi.provenance
  if pv then
    b.add("<p>Transcribed from ", code(pv.path or "?"), " at ",
      esc(pv.repository or "?"), " (", esc(pv.commit or "?"), ", ",
      esc(pv.date or "?"), ").</p>\n")
    if pv.note then b.add(doc.blocks(pv.note, href)) end
  end
end

-- WASI preview 1 and the env extras: one row per function (its statuses
-- are errno words, its types WASI's own).
local function wasi_section(b, abi, low, href)
  local w = abi.wasi
  b.add("<h2", b.id("wasi"), ">WASI preview 1 (", code(w.module), ")</h2>\n",
    doc.blocks(w.doc, href))
  local names = { code(w.module) }
  for _, a in ipairs(w.aliases or {}) do names[#names + 1] = code(a) end
  b.add("<p>Every function is imported under ", table.concat(names, " and "),
    "; each returns an ", code("errno"), " (", code("wasi_errno"),
    " in C) or does not return.</p>\n")
  local rows, wasi = {}, {}
  for _, L in ipairs(low.wasi) do   -- the extras have their own table
    if L.mode == "status" or L.mode == "noreturn" then wasi[#wasi + 1] = L end
  end
  for i, L in ipairs(wasi) do
    local s, st = L.spec.sem, {}
    for _, k in ipairs(util.sorted_keys(s.status or {})) do
      st[#st + 1] = code(k)
    end
    rows[i] = { "<code" .. b.id(anchor("fn", L.name)) .. ">" .. esc(L.name)
      .. "</code>", code(lower.signature(L)),
      inline(s.summary, href) .. (s.detail and " " .. inline(
        s.detail:gsub("%s+", " "), href) or ""),
      #st > 0 and table.concat(st, ", ") or "traps" }
  end
  table_html(b, { "Function", "Core Wasm", "What it does", "Status" }, rows)
  if w.extras and #w.extras > 0 then
    b.add("<h3", b.id("wasi-extras"), ">Extras imported from ", code("env"),
      "</h3>\n<p>Not WASI and not the ABI: what C and C++ toolchains import "
      .. "besides it; hosts serve them as plain calls.</p>\n")
    local ex = {}
    for i, f in ipairs(w.extras) do
      ex[i] = { "<code" .. b.id(anchor("fn", f.name)) .. ">" .. esc(f.name)
        .. "</code>", inline(f.doc, href) }
    end
    table_html(b, { "Function", "What it is" }, ex)
  end
end

local function version_main(site, abi, low)
  local href = M.code_href(abi, version_file(abi.version))
  return function(b)
    version_intro(b, abi, href)
    b.add("<h2", b.id("conventions"), ">Conventions</h2>\n<ul>\n")
    for _, c in ipairs(conventions(abi)) do b.add("<li>", inline(c, href), "</li>\n") end
    b.add("</ul>\n")
    if #abi.errata > 0 then
      b.add("<h2", b.id("errata"), ">Errata of the source</h2>\n")
      for _, e in ipairs(abi.errata) do
        b.add("<h3", b.id("erratum-" .. e.id), ">", esc(e.id), ": ",
          inline(e.summary, href), "</h3>\n", doc.blocks(e.detail, href),
          "<p><strong>Resolution:</strong> ", inline(e.resolution, href), "</p>\n")
      end
    end
    b.add("<h2", b.id("types"), ">Types</h2>\n")
    local used_by = uses(abi)
    for _, t in ipairs(abi.types) do type_section(b, site, abi, t, used_by, href) end
    for _, m in ipairs(abi.modules) do
      b.add("<h2", b.id("mod-" .. m.name), ">", esc(module_title(m)), " (",
        code(m.name), ")</h2>\n", doc.blocks(m.doc, href))
      for _, g in ipairs(groups(m)) do
        b.add("<h3", b.id(("grp-%s-%s"):format(m.name, g.slug)), ">",
          esc(g.title), "</h3>\n")
        for _, f in ipairs(g.fns) do
          function_section(b, site, abi, low.by_name[f.name], href)
        end
      end
    end
    if abi.wasi then wasi_section(b, abi, low, href) end
  end
end

-- Index -------------------------------------------------------------------

local INTRO = {
  "The Proxy-Wasm ABI is the contract between L4/L7 proxies (Envoy, Istio, "
    .. "nginx/Kong, MOSN) and their WebAssembly extensions.  pwabi writes it "
    .. "down as data and generates everything else from that data: host "
    .. "glue, a guest header, a conformance suite's manifest, and this "
    .. "reference.",
  "Each version's page lists every type and every function.  A function "
    .. "shows its C-like signature, its lowering to core Wasm, its "
    .. "parameters, the statuses it may return, what it does in pwabi's "
    .. "words, and **where hosts disagree**: Envoy (proxy-wasm-cpp-host) and "
    .. "Kong (ngx_wasm_module) do not always do the same thing.",
}

local function count(abi, side)
  local n = 0
  for _, f in ipairs(abi.functions) do if f.side == side then n = n + 1 end end
  return n
end

local function index_main(site)
  return function(b)
    b.add("<h1>pwabi: the Proxy-Wasm ABI reference</h1>\n")
    for _, p in ipairs(INTRO) do b.add("<p>", inline(p), "</p>\n") end
    b.add("<h2", b.id("versions"), ">Versions</h2>\n")
    local rows = {}
    for i, abi in ipairs(site.abis) do
      rows[i] = { link(version_file(abi.version), code(abi.version)),
        esc(abi.title), tostring(#abi.types), tostring(count(abi, "guest")),
        tostring(count(abi, "host")),
        abi.extends and link(version_file(abi.extends), code(abi.extends)) or "" }
    end
    table_html(b, { "Version", "Title", "Types", "Callbacks",
      "Host functions", "Extends" }, rows)
    if #site.pages > 0 then
      b.add("<h2", b.id("more"), ">More</h2>\n", pages_list(site))
    end
  end
end

-- Files -------------------------------------------------------------------

local CSS = [[
:root{--fg:#1f2933;--muted:#5f6b7a;--line:#d8dee6;--code:#f2f4f7;
--side:#f6f7f9;--accent:#0b5cad;--warn:#8a4b00}
*{box-sizing:border-box}
body{margin:0;display:flex;align-items:flex-start;color:var(--fg);
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",
"DejaVu Sans",sans-serif}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,
monospace;font-size:.88em}
code{background:var(--code);padding:.05em .3em;border-radius:3px}
pre{background:var(--code);border:1px solid var(--line);border-radius:4px;
padding:.6em .8em;overflow-x:auto;line-height:1.45}
pre.seed{background:#fff;color:var(--muted)}
nav.side{flex:0 0 17.5rem;position:sticky;top:0;height:100vh;overflow-y:auto;
background:var(--side);border-right:1px solid var(--line);
padding:1rem 1rem 3rem;font-size:.86rem;line-height:1.35}
nav.side ul{list-style:none;margin:0 0 .4rem;padding:0}
nav.side li{margin:.12rem 0}
nav.side code{background:none;padding:0;font-size:.95em}
nav.side a[aria-current]{font-weight:700;color:var(--fg)}
nav .brand{font-size:1.25rem;font-weight:700;margin:0 0 1rem}
nav .brand span{display:block;font-size:.8rem;font-weight:400;
color:var(--muted)}
nav .nav-h{font-weight:700;margin:1rem 0 .3rem;text-transform:uppercase;
font-size:.78rem;letter-spacing:.04em}
nav .nav-g{margin:.6rem 0 .2rem;color:var(--muted);font-style:italic}
nav ul.versions li{display:inline-block;margin-right:.6rem}
main{flex:1 1 auto;min-width:0;max-width:58rem;padding:1.5rem 2.5rem 5rem}
h1{font-size:2rem;line-height:1.2;margin:.4rem 0 1rem}
h2{font-size:1.6rem;line-height:1.25;margin:2.8rem 0 .8rem;
padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.3rem;line-height:1.3;margin:2.2rem 0 .6rem;color:var(--muted)}
.item h3,.item h4{font-size:1.3rem;line-height:1.3;margin:0 0 .4rem;
color:var(--fg)}
.item h3 code,.item h4 code{background:none;padding:0;font-size:1em}
h5{font-size:1rem;margin:1.1rem 0 .3rem}
h5.disagree{color:var(--warn)}
.kind{font-size:.72rem;font-weight:400;color:var(--muted);
text-transform:uppercase;letter-spacing:.05em;margin-left:.4rem}
section.item{border-top:1px solid var(--line);padding-top:1rem;
margin:2rem 0 0;scroll-margin-top:.5rem}
section.item:target{border-top:3px solid var(--accent)}
p.summary{font-size:1.05rem;margin:.2rem 0 .6rem}
p.switch,p.used{font-size:.88rem;color:var(--muted)}
a.absent{color:var(--muted);text-decoration:line-through}
table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%;
font-size:.94rem}
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;
vertical-align:top}
thead th{background:#e9edf2;font-weight:600}
table.lowered{font-size:.86rem}
table.hosts td{width:40%}
table.hosts td:first-child{width:20%}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;
margin:.6rem 0}
dl.facts dt{font-weight:600;color:var(--muted)}
dl.facts dd{margin:0}
@media (max-width:52rem){body{display:block}
nav.side{position:static;height:auto;border-right:0;
border-bottom:1px solid var(--line)}main{padding:1rem}}
]]

-- abis and lows: every loaded version and its lowering, in registry order;
-- pages: what other emitters contribute (M.page), optional; listed in the
-- order given.
function M.files(abis, lows, pages)
  local site = { abis = abis, pages = {} }
  local taken = util.deep_copy(RESERVED)
  for _, abi in ipairs(abis) do
    if taken[abi.version] then
      error(("site: version %s would overwrite %s.html"):format(abi.version,
        abi.version))
    end
    taken[abi.version] = true
  end
  for _, p in ipairs(pages or {}) do
    if taken[p.name] then error(("site page %s: name taken"):format(p.name)) end
    taken[p.name] = true
    site.pages[#site.pages + 1] = p
  end
  local files = {
    ["docs/style.css"] = "/* " .. util.banner("", "") .. " */\n" .. CSS,
    ["docs/index.html"] = layout(site, "index.html", "pwabi: Proxy-Wasm ABI "
      .. "reference", "", nil, index_main(site)),
  }
  for i, abi in ipairs(abis) do
    local file = version_file(abi.version)
    files["docs/" .. file] = layout(site, file, abi.title .. " — pwabi",
      abi.version, function(b) nav_version(b, abi) end,
      version_main(site, abi, lows[i]))
  end
  for _, p in ipairs(site.pages) do
    files["docs/" .. p.file] = layout(site, p.file, p.title .. " — pwabi", "",
      nil, function(b) b.add("<h1>", esc(p.title), "</h1>\n", p.body) end)
  end
  return files
end

return M
