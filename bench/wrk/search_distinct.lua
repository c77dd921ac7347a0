-- The searches of search_mix.lua, each made one of a kind: a different
-- word excluded every time (one no text holds, so the results are the
-- same), so no answer is ever kept from an earlier search and every
-- request runs its search in full.
-- Usage: wrk -s search_distinct.lua URL
local paths = dofile("bench/wrk/searches.lua")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
  thread:set("prefix", "zq" .. counter .. "x")
end

local n = 0
function request()
  n = n + 1
  local path = paths[((n + offset) % #paths) + 1]
  local unique = "-" .. prefix .. n
  if path:find("q=") then
    path = path:gsub("q=", "q=" .. unique .. "+", 1)
  else
    path = path .. "&q=" .. unique
  end
  return wrk.format("GET", path)
end
