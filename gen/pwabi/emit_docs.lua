-- Documentation of one version:
--   docs/witx.md   witx-compatible rendering (faithfulness proof)
-- The published reference is the site of all versions together
-- (pwabi/emit_site.lua, generated/docs/).
local util = require("pwabi.util")
local witx = require("pwabi.emit_witx")

local M = {}

function M.files(abi)
  return { ["docs/witx.md"] = witx.render(abi, util) }
end

return M
