-- A mix of searches, each connection going through the list in turn from
-- its own place: one word, several words, words with filters, typos, in
-- the three languages.
-- Usage: wrk -s search_mix.lua URL
local paths = {
  -- one word
  "/es/search?q=detenciones",
  "/fr/search?q=enfants",
  "/en/search?q=probation",
  "/en/search?q=justice",
  -- several words
  "/es/search?q=justicia+restaurativa",
  "/fr/search?q=sant%C3%A9+mentale+des+jeunes",
  "/en/search?q=juvenile+courts+Kenya",
  "/en/search?q=%22age+of+criminal+responsibility%22",
  -- words and filters
  "/en/search?q=mediation&kind=research&region=africa",
  "/fr/search?q=d%C3%A9tention&lang=fr&year=2010",
  "/es/search?q=familias&country=CL&sort=date",
  "/en/search?kind=legislation&article=crc-40",
  -- typos
  "/en/search?q=restorativ",
  "/es/search?q=mediacion",
  "/en/search?q=reintegation",
  "/en/search?q=probaton+servcies",
}
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
