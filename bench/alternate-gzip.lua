-- Warm-up for bench/compare.sh: every other request asks for gzip, so both code paths get compiled.
local n = 0

request = function()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format(nil, nil, { ["Accept-Encoding"] = "gzip" })
  end
  return wrk.format(nil, nil, {})
end
