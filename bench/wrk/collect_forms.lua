-- Fetches the collaboration form as a signed-in member and keeps each
-- form's single-use "started" value, one per line, in FORMS_DIR/<thread>.
-- Usage: wrk -s collect_forms.lua -H "Cookie: ..." URL/en/collaborate -- FORMS_DIR
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  out = io.open(args[1] .. "/" .. id, "w")
end

function response(status, headers, body)
  local started = body:match('name="started" value="([^"]*)"')
  if started then
    out:write(started, "\n")
    out:flush()
  end
end
