-- The searches the search benchmarks ask (search_mix.lua and
-- search_distinct.lua): one word, several words, words with filters, typos,
-- in the three languages.
return {
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
