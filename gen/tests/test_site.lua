-- The reference site (gen/pwabi/emit_site.lua): pages other emitters
-- contribute, the version switcher across versions, navigation that
-- reaches every item, unique ids, no Markdown left; and the browser test's
-- DOM checker (gen/tests/docs/check_dom.lua) on a broken site.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")
local site = require("pwabi.emit_site")

local tests = {}

local function build(dir, versions, pages)
  local abis, lows = {}, {}
  for i, v in ipairs(versions) do
    abis[i] = load.load(dir, v)
    lows[i] = lower.lower(abis[i])
  end
  return site.files(abis, lows, pages), abis
end

-- The navigation's hrefs and every id of a page, with counts.
local function nav_hrefs(html)
  local set = {}
  for href in html:match("<nav.-</nav>"):gmatch('href="([^"]*)"') do
    set[href] = true
  end
  return set
end

local function ids(html)
  local count = {}
  for id in html:gmatch('<[^>]- id="([^"]*)"') do count[id] = (count[id] or 0) + 1 end
  return count
end

function tests.every_item_in_nav_and_ids_unique()
  local files, abis = build(T.root .. "/spec", { "v1alpha" })
  local html = files["docs/v1alpha.html"]
  local nav = nav_hrefs(html)
  local abi = abis[1]
  for _, t in ipairs(abi.types) do T.ok(nav["#type-" .. t.name], "nav: " .. t.name) end
  for _, f in ipairs(abi.functions) do T.ok(nav["#fn-" .. f.name], "nav: " .. f.name) end
  for id, n in pairs(ids(html)) do T.eq(n, 1, "uses of id " .. id) end
  T.ok(files["docs/index.html"]:find('href="v1alpha.html"', 1, true),
    "index links the version")
  T.ok(files["docs/style.css"], "stylesheet")
end

function tests.no_markdown_in_rendered_text()
  local files = build(T.root .. "/spec", { "v1alpha" })
  for path, html in pairs(files) do
    if path:match("%.html$") then
      local text = html:gsub("<pre.-</pre>", ""):gsub("<code>.-</code>", "")
        :gsub("<!%-%-.-%-%->", ""):gsub("<[^>]*>", "")
      for _, m in ipairs({ "**", "`", "](" }) do
        local at = text:find(m, 1, true)
        T.ok(not at, ("%s: %q in %q"):format(path, m,
          at and text:sub(math.max(1, at - 30), at + 30) or ""))
      end
    end
  end
end

function tests.contributed_pages()
  local page = site.page("compat", "Compatibility matrix",
    "<p>function &times; version</p>\n")
  local files = build(T.root .. "/spec", { "v1alpha" }, { page })
  local html = files["docs/compat.html"]
  T.ok(html, "page written")
  T.ok(html:find("<h1>Compatibility matrix</h1>", 1, true), "title")
  T.ok(html:find("function &times; version", 1, true), "body kept as HTML")
  T.ok(html:find('href="style.css"', 1, true), "site layout")
  T.ok(files["docs/index.html"]:find('href="compat.html"', 1, true),
    "listed on the index")
  T.ok(nav_hrefs(files["docs/v1alpha.html"])["compat.html"],
    "in every page's navigation")
  T.eq(site.href("v1alpha", "fn", "proxy_log"), "v1alpha.html#fn-proxy_log",
    "href for contributors")
  local abi = load.load(T.root .. "/spec", "v1alpha")
  local href = site.code_href(abi, "compat.html")
  T.eq(href("proxy_log"), "v1alpha.html#fn-proxy_log", "code span, other page")
  T.eq(href("proxy_get_buffer_bytes(network_downstream_data)"),
    "v1alpha.html#fn-proxy_get_buffer_bytes", "a call")
  T.eq(href("grpc_status.invalid_code"), "v1alpha.html#type-grpc_status",
    "a variant")
  T.eq(href("nothing"), nil, "not an item")
  T.eq(site.code_href(abi, "v1alpha.html")("size"), "#type-size", "own page")
end

function tests.page_names_checked()
  T.ok(not pcall(site.page, "Bad Name", "t", ""), "bad name")
  T.ok(not pcall(site.page, "ok", "", ""), "empty title")
  for _, name in ipairs({ "v1alpha", "index", "style" }) do
    local ok, err = pcall(build, T.root .. "/spec", { "v1alpha" },
      { site.page(name, "t", "") })
    T.ok(not ok and err:find("name taken", 1, true), name .. ": " .. tostring(err))
  end
end

-- Two versions: the same item where it exists, else the version's page.
function tests.version_switcher()
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vthrow"'):format(dir))
  T.write(dir .. "/vthrow/abi.lua", [[
return { version = "vthrow", title = "A throwaway version", c_prefix = "pw_vt",
  extends = "v1alpha", rename = { proxy_log = "proxy_log_renamed" } }
]])
  local files = build(dir, { "v1alpha", "vthrow" })
  os.execute(('rm -rf "%s"'):format(dir))
  local v1, vt = files["docs/v1alpha.html"], files["docs/vthrow.html"]
  local function section(html, id)
    return html:match('<section[^>]- id="' .. id .. '">.-</section>')
  end
  local s = section(v1, "fn%-proxy_get_status")
  T.ok(s:find('href="vthrow.html#fn-proxy_get_status"', 1, true),
    "same function in the other version")
  s = section(v1, "fn%-proxy_log")
  T.ok(s:find('<a href="vthrow.html" class="absent">vthrow (absent)</a>', 1,
    true), "absent: the version's page")
  s = section(vt, "fn%-proxy_log_renamed")
  T.ok(s:find('<a href="v1alpha.html" class="absent">', 1, true), "back")
  s = section(vt, "type%-log_level")
  T.ok(s:find('href="v1alpha.html#type-log_level"', 1, true), "types too")
  T.ok(vt:find('extending <a href="v1alpha.html">v1alpha</a>', 1, true),
    "extends")
  T.ok(nav_hrefs(v1)["vthrow.html"], "versions in the navigation")
end

-- The browser test's DOM checker, on DOMs written by hand.
function tests.dom_checker_reports()
  local d = os.tmpname()
  os.remove(d)
  os.execute(('mkdir -p "%s/site" "%s/dom"'):format(d, d))
  local good = '<html><head><title>`x`</title></head><body><nav>'
    .. '<a href="#fn-a">a</a></nav><main><section class="item fn host" '
    .. 'id="fn-a"><pre>char **p</pre><code>`ok`</code></section></main>'
    .. '</body></html>'
  local bad = '<html><body><nav><a href="a.html#fn-b">b</a>'
    .. '<a href="/abs.html">x</a><a href="gone.html">y</a></nav>'
    .. '<p id="x">**bold** and `tick` and [l](m)</p><p id="x"></p>'
    .. '<section class="item" id="type-t"></section><script></script>'
    .. '</body></html>'
  for _, f in ipairs({ "site/a.html", "dom/a.html" }) do T.write(d .. "/" .. f, good) end
  for _, f in ipairs({ "site/b.html", "dom/b.html" }) do T.write(d .. "/" .. f, bad) end
  local cmd = ('lua5.4 "%s/gen/tests/docs/check_dom.lua" "%s/site" "%s/dom"')
    :format(T.root, d, d)
  local out, code = T.sh(cmd)
  T.eq(code, 1, "exit status")
  for _, want in ipairs({ "b.html: href 'a.html#fn-b': no id 'fn-b' there",
    "b.html: href '/abs.html': not a relative link",
    "b.html: href 'gone.html': no such file", "b.html: duplicate id 'x'",
    'unrendered Markdown "**"', 'unrendered Markdown "`"',
    'unrendered Markdown "]("', "item 'type-t' is not in the navigation",
    "b.html: 1 <script> elements", "2 pages loaded" }) do
    T.ok(out:find(want, 1, true), "missing: " .. want .. "\n" .. out)
  end
  T.ok(not out:find("a.html: ", 1, true), "good page passes:\n" .. out)
  os.remove(d .. "/site/b.html")
  os.remove(d .. "/dom/b.html")
  out, code = T.sh(cmd)
  os.execute(('rm -rf "%s"'):format(d))
  T.eq(code, 0, out)
  T.ok(out:find("a.html#fn-a", 1, true), "screenshot target: " .. out)
end

return tests
