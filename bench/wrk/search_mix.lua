-- A mix of searches, each connection going through the list in turn from
-- its own place: one word, several words, words with filters, typos, in
-- the three languages.
-- Usage: wrk -s search_mix.lua URL
local paths = dofile("bench/wrk/searches.lua")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end

local n = 0
function request()
  n = n + 1
  return wrk.format("GET", paths[((n + offset) % #paths) + 1])
end
