-- Sends the collaboration form as a signed-in member, each request with a
-- form of its own from FORMS_FILE (one "started" value per line; the
-- threads share the file out between them). When a thread has used its
-- share, it sends its last form again: the site answers with the first
-- sending's reference and stores nothing, so the benchmark counts the
-- proposals stored, not the answers.
-- Usage: wrk -s submit_forms.lua -H "Cookie: ..." URL/en/collaborate -- FORMS_FILE CSRF THREADS [PDF]
-- With PDF, every proposal carries that file as its attachment.
--
-- Each proposal comes from an address of its own (X-Forwarded-For, which the
-- site trusts from loopback as from its load balancer), as proposals do in
-- life: one address may send five an hour. From a single address every
-- proposal would wait for the one before it to commit, since each counts
-- itself on that address's row in the same transaction.
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local boundary = "benchboundary7d2f"

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name ..
    "\"\r\n\r\n" .. value .. "\r\n"
end

function init(args)
  local file, csrf, threads = args[1], args[2], tonumber(args[3])
  forms = {}
  local line_number = 0
  for line in io.lines(file) do
    if line_number % threads == id then
      forms[#forms + 1] = line
    end
    line_number = line_number + 1
  end
  next_form = 1
  fixed = field("csrf", csrf) .. field("website", "") .. field("account_type", "individual") ..
    field("full_name", "Bench Member") .. field("country", "BE") .. field("languages", "en") ..
    field("lines", "research") .. field("specialisation", "Load testing") ..
    field("description", "A proposal sent by the benchmark to measure confirmed submissions.") ..
    field("collaboration_kind", "either") .. field("consent", "yes")
  if args[4] then
    local pdf = io.open(args[4], "rb")
    fixed = fixed .. "--" .. boundary ..
      "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"plan.pdf\"" ..
      "\r\nContent-Type: application/pdf\r\n\r\n" .. pdf:read("*a") .. "\r\n"
    pdf:close()
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
end

-- 10.<thread>.x.y: a new address for each of a thread's forms.
function sender_address(n)
  return "10." .. id .. "." .. (math.floor(n / 250) % 250) .. "." .. (n % 250 + 1)
end

function request()
  local started = forms[math.min(next_form, #forms)]
  local body = fixed .. field("started", started) ..
    field("title", "Bench proposal " .. id .. "-" .. next_form) .. "--" .. boundary .. "--\r\n"
  next_form = next_form + 1
  wrk.headers["X-Forwarded-For"] = sender_address(next_form)
  return wrk.format(nil, nil, nil, body)
end
