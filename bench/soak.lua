-- Mixed load for bench/soak.sh: cycles through the requests listed in a file written by the script
-- (one per line: kind TAB path TAB etag-or-dash) and counts the statuses it did not expect.
--
-- wrk's response() does not say which request it answers. soak.sh gives every wrk thread exactly
-- one connection, so within a thread (each has its own Lua state) requests and responses strictly
-- alternate and `current` is always the request being answered.
--
-- Expected: 200 for pages, 404 for kind "notfound", 304 for kind "conditional" (or 200 when the
-- page's ETag is no longer the one sent, e.g. after the content edit).

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local requests = {}
local index = 0
local current = nil
-- "kind status verdict" -> count; "path status" -> count for the unexpected ones.
counts = {}
unexpected = {}

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
  local gzip = args[2] == "gzip"
  for line in file:lines() do
    local kind, path, etag = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if kind then
      local headers = {}
      if gzip then headers["Accept-Encoding"] = "gzip" end
      if kind == "conditional" then headers["If-None-Match"] = etag end
      table.insert(requests, { kind = kind, path = path, etag = etag, raw = wrk.format("GET", path, headers) })
    end
  end
  file:close()
  assert(#requests > 0, "no requests in " .. args[1])
  -- Threads start at different places in the list, so every request kind is always in the mix.
  index = (id or 0) % #requests
end

function request()
  index = index % #requests + 1
  current = requests[index]
  return current.raw
end

local function header(headers, name)
  return headers[name] or headers[name:lower()] or headers[name:upper()]
end

local function add(tbl, key)
  tbl[key] = (tbl[key] or 0) + 1
end

function response(status, headers, body)
  local r = current
  if r == nil then return end
  local verdict
  if r.kind == "notfound" then
    verdict = (status == 404) and "ok" or "UNEXPECTED"
  elseif r.kind == "conditional" then
    if status == 304 then
      verdict = "ok"
    elseif status == 200 and header(headers, "ETag") ~= r.etag then
      verdict = "changed"
    else
      verdict = "UNEXPECTED"
    end
  else
    verdict = (status == 200) and "ok" or "UNEXPECTED"
  end
  add(counts, r.kind .. " " .. status .. " " .. verdict)
  if verdict == "UNEXPECTED" then add(unexpected, r.path .. " " .. status) end
end

function done(summary, latency, requests)
  local total, by_path = {}, {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts") or {}) do total[key] = (total[key] or 0) + n end
    for key, n in pairs(thread:get("unexpected") or {}) do by_path[key] = (by_path[key] or 0) + n end
  end
  local keys = {}
  for key in pairs(total) do table.insert(keys, key) end
  table.sort(keys)
  local bad, changed = 0, 0
  io.write("soak: responses by kind, status and verdict\n")
  for _, key in ipairs(keys) do
    io.write(string.format("soak:   %-40s %10d\n", key, total[key]))
    if key:match(" UNEXPECTED$") then bad = bad + total[key] end
    if key:match(" changed$") then changed = changed + total[key] end
  end
  for key, n in pairs(by_path) do io.write(string.format("soak: unexpected %s x%d\n", key, n)) end
  io.write(string.format("soak: unexpected=%d\n", bad))
  io.write(string.format("soak: conditional-changed=%d\n", changed))
end
